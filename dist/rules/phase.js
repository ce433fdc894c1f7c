import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-3FTHRNJ3.js";
import "../chunk-GKTIIADT.js";
import "../chunk-3XBJ2GZ2.js";
import "../chunk-NHBPTZTT.js";
import "../chunk-EKTD4TXU.js";
export {
  phase_default as default
};
