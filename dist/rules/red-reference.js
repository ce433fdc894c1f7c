import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-TV6CACQT.js";
import "../chunk-GKTIIADT.js";
import "../chunk-DPLQTNM2.js";
import "../chunk-VBREPSUZ.js";
import "../chunk-ZCMLPP7Y.js";
export {
  red_reference_default as default
};
