import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-TDO6SFE4.js";
import "../chunk-DWK4YS5X.js";
import "../chunk-CP6F4YK7.js";
import "../chunk-ZCMLPP7Y.js";
export {
  plan_coverage_default as default
};
