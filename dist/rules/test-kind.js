import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-5NFPM4ND.js";
import "../chunk-GKTIIADT.js";
import "../chunk-52K5BM73.js";
import "../chunk-5AO7PUDY.js";
import "../chunk-YOO7I2IZ.js";
export {
  test_kind_default as default
};
