import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-S6VVF7VB.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-YVEI4MHU.js";
export {
  numbering_gap_default as default
};
