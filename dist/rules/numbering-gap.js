import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-M3AVSRRG.js";
import "../chunk-2MOZNH7W.js";
import "../chunk-QNIOLSON.js";
import "../chunk-CEDZ37P7.js";
export {
  numbering_gap_default as default
};
