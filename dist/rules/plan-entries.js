import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-BZDSGFYG.js";
import "../chunk-HUZH4OPH.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  plan_entries_default as default
};
