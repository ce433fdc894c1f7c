import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-HNXGGC6U.js";
import "../chunk-KO5X26X3.js";
import "../chunk-BCYO5FHX.js";
import "../chunk-YEZTWO7G.js";
export {
  preprompt_reference_default as default
};
