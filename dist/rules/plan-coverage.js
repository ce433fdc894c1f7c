import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-IOVCPA5I.js";
import "../chunk-GPUK42N5.js";
export {
  plan_coverage_default as default
};
