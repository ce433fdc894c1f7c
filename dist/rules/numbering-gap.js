import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-HXO6XHET.js";
import "../chunk-AIQADGDR.js";
import "../chunk-YLMZ5HZ7.js";
export {
  numbering_gap_default as default
};
