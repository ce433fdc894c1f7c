import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-M5GJTIQK.js";
import "../chunk-NETADY5P.js";
import "../chunk-BOLUMWAU.js";
import "../chunk-YO7UGG4C.js";
export {
  numbering_gap_default as default
};
