import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-GCVWE2QS.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  empty_prompt_default as default
};
