import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_coverage_default
} from "../chunk-HS5YQFME.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  plan_coverage_default as default
};
