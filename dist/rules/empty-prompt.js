import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-EXZSU6UW.js";
import "../chunk-52K5BM73.js";
import "../chunk-5AO7PUDY.js";
import "../chunk-YOO7I2IZ.js";
export {
  empty_prompt_default as default
};
