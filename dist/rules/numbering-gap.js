import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-7S7P6KEP.js";
import "../chunk-AMVXXBCO.js";
import "../chunk-QEGP2JS5.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  numbering_gap_default as default
};
