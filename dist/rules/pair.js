import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_default
} from "../chunk-6F3LKC6U.js";
import "../chunk-52K5BM73.js";
import "../chunk-5AO7PUDY.js";
import "../chunk-YOO7I2IZ.js";
export {
  pair_default as default
};
