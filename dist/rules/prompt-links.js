import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-JWZIZWM7.js";
import "../chunk-52K5BM73.js";
import {
  meantBy
} from "../chunk-5AO7PUDY.js";
import "../chunk-YOO7I2IZ.js";
export {
  prompt_links_default as default,
  meantBy
};
