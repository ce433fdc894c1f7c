import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-BQPP6OIJ.js";
import "../chunk-NETADY5P.js";
import "../chunk-BOLUMWAU.js";
import "../chunk-YO7UGG4C.js";
export {
  plan_coverage_default as default
};
