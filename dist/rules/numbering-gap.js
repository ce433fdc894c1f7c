import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-BRAKG6IS.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  numbering_gap_default as default
};
