import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-FTSTLPRN.js";
import "../chunk-DGWQGGT6.js";
import "../chunk-YLMZ5HZ7.js";
export {
  numbering_gap_default as default
};
