import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-6CN73KZX.js";
import "../chunk-MRL3JSS2.js";
import "../chunk-EADWQGIT.js";
import "../chunk-YO7UGG4C.js";
export {
  numbering_gap_default as default
};
