import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-LGEQNFLM.js";
import "../chunk-DPLQTNM2.js";
import "../chunk-VBREPSUZ.js";
import "../chunk-ZCMLPP7Y.js";
export {
  requirement_reference_default as default
};
