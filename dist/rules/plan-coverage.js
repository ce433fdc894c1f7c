import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-W2U3YFEM.js";
import "../chunk-AIQADGDR.js";
import "../chunk-YLMZ5HZ7.js";
export {
  plan_coverage_default as default
};
