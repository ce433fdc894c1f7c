import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-FPZDOWBL.js";
import "../chunk-HG3U4HY2.js";
import "../chunk-YLMZ5HZ7.js";
export {
  numbering_gap_default as default
};
