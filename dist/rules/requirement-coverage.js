import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_coverage_default
} from "../chunk-A2Z6LB77.js";
import "../chunk-BCYO5FHX.js";
import "../chunk-YEZTWO7G.js";
export {
  requirement_coverage_default as default
};
