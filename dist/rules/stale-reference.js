import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-IFDSQIFL.js";
import "../chunk-TSQA2NM6.js";
import "../chunk-RUMGUBSP.js";
import "../chunk-QVWIHFDH.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  stale_reference_default as default
};
