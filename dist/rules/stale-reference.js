import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-YFAFOM2O.js";
import "../chunk-6XUG6UGQ.js";
import "../chunk-DPLQTNM2.js";
import "../chunk-VBREPSUZ.js";
import "../chunk-ZCMLPP7Y.js";
export {
  stale_reference_default as default
};
