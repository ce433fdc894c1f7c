import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-WOEFUGMB.js";
import "../chunk-3XBJ2GZ2.js";
import "../chunk-NHBPTZTT.js";
import "../chunk-EKTD4TXU.js";
export {
  file_name_default as default
};
