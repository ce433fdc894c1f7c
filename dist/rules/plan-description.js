import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-KJAWFNOH.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  plan_description_default as default
};
