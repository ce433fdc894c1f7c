import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-O5OR7T2R.js";
import "../chunk-K3G72UE5.js";
import "../chunk-BEMMNZVQ.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  numbering_gap_default as default
};
