import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-MT5FHDLM.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-TVZXQZX6.js";
export {
  numbering_gap_default as default
};
