import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-RZH3IDIX.js";
import "../chunk-GKTIIADT.js";
import "../chunk-53HZWLIM.js";
import "../chunk-DWK4YS5X.js";
import "../chunk-CP6F4YK7.js";
import "../chunk-ZCMLPP7Y.js";
export {
  required_sections_default as default
};
