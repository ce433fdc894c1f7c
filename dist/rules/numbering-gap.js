import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-I76HQH6B.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  numbering_gap_default as default
};
