import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-4E3FVK2D.js";
import "../chunk-ZQU3I6XW.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  stale_reference_default as default
};
