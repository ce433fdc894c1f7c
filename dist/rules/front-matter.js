import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-NB5ATDQA.js";
import "../chunk-52K5BM73.js";
import "../chunk-5AO7PUDY.js";
import "../chunk-YOO7I2IZ.js";
export {
  front_matter_default as default
};
