import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-HBJE5B6C.js";
import "../chunk-52K5BM73.js";
import "../chunk-5AO7PUDY.js";
import "../chunk-YOO7I2IZ.js";
export {
  file_name_default as default
};
