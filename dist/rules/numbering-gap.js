import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-VHZEVUX3.js";
import "../chunk-KF4MW4NH.js";
import "../chunk-OLLGGBTZ.js";
import "../chunk-WX6H6K7W.js";
export {
  numbering_gap_default as default
};
