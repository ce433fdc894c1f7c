import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-RQVTHQOE.js";
import "../chunk-GKTIIADT.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  test_kind_default as default
};
