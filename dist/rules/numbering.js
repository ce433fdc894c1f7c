import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunk-XQ5F77BK.js";
import "../chunk-3XBJ2GZ2.js";
import "../chunk-NHBPTZTT.js";
import "../chunk-EKTD4TXU.js";
export {
  numbering_default as default
};
