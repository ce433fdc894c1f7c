import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-P2WHBZ3P.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  plan_description_default as default
};
