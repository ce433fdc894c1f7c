import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-JX2PRFAE.js";
import "../chunk-GKTIIADT.js";
import "../chunk-RUMGUBSP.js";
import "../chunk-QVWIHFDH.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  red_reference_default as default
};
