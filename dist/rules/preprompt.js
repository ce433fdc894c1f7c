import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-D54A35P7.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  preprompt_default as default
};
