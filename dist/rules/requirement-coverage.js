import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_coverage_default
} from "../chunk-A27DPQHI.js";
import "../chunk-NETADY5P.js";
import "../chunk-BOLUMWAU.js";
import "../chunk-YO7UGG4C.js";
export {
  requirement_coverage_default as default
};
