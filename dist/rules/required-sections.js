import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-Y5XKJHBC.js";
import "../chunk-GKTIIADT.js";
import "../chunk-53HZWLIM.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  required_sections_default as default
};
