import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  title_default
} from "../chunk-RSWM3FOE.js";
import "../chunk-GKTIIADT.js";
import "../chunk-DPLQTNM2.js";
import "../chunk-VBREPSUZ.js";
import "../chunk-ZCMLPP7Y.js";
export {
  title_default as default
};
