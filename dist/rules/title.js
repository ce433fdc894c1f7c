import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  title_default
} from "../chunk-6ESEEOH2.js";
import "../chunk-GKTIIADT.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  title_default as default
};
