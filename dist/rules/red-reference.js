import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-OQVBQAI5.js";
import "../chunk-GKTIIADT.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  red_reference_default as default
};
