import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-WDBWDMAU.js";
import "../chunk-GKTIIADT.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  phase_default as default
};
