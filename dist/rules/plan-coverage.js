import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-K6MB2FQM.js";
import "../chunk-FX5QU5KV.js";
import "../chunk-DHFM55ED.js";
import "../chunk-YO7UGG4C.js";
export {
  plan_coverage_default as default
};
