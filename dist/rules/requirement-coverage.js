import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_coverage_default
} from "../chunk-ZNW44YNF.js";
import "../chunk-GPUK42N5.js";
export {
  requirement_coverage_default as default
};
