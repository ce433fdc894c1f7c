import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-UBDCQSSD.js";
import "../chunk-DWK4YS5X.js";
import "../chunk-CP6F4YK7.js";
import "../chunk-ZCMLPP7Y.js";
export {
  requirement_reference_default as default
};
