import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-AHJL2S5M.js";
import "../chunk-KO5X26X3.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  red_reference_default as default
};
