import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-55ISEL7M.js";
import "../chunk-M2M4E7IA.js";
import {
  meantBy
} from "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  prompt_links_default as default,
  meantBy
};
