import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-YBVULJEF.js";
import "../chunk-RQZAEZMH.js";
import "../chunk-YLMZ5HZ7.js";
export {
  plan_coverage_default as default
};
