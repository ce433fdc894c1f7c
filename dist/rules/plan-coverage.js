import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-NZW2XSXL.js";
import "../chunk-DPLQTNM2.js";
import "../chunk-VBREPSUZ.js";
import "../chunk-ZCMLPP7Y.js";
export {
  plan_coverage_default as default
};
