import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-3GGX5ZV3.js";
import "../chunk-BCYO5FHX.js";
import "../chunk-YEZTWO7G.js";
export {
  phase_default as default
};
