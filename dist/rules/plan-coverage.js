import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-VLHA7LA5.js";
import "../chunk-GVLFWA5A.js";
import "../chunk-JY3AZZE5.js";
import "../chunk-WX6H6K7W.js";
export {
  plan_coverage_default as default
};
