import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-R5I75FBH.js";
import "../chunk-RQZAEZMH.js";
import "../chunk-YLMZ5HZ7.js";
export {
  numbering_gap_default as default
};
