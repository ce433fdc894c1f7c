import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-M4BAN3TJ.js";
import "../chunk-ZQU3I6XW.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  plan_entries_default as default
};
