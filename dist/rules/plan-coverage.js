import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-PQW32KD2.js";
import "../chunk-63AJYI2E.js";
import "../chunk-EX7H2NOR.js";
export {
  plan_coverage_default as default
};
