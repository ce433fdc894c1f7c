import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-U3FXPJTS.js";
import "../chunk-BCYO5FHX.js";
import "../chunk-YEZTWO7G.js";
export {
  plan_coverage_default as default
};
