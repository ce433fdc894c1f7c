import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-CLJL235Y.js";
import "../chunk-NVI3AOA3.js";
import "../chunk-KN5WREKU.js";
import "../chunk-FBHDF4ML.js";
export {
  plan_coverage_default as default
};
