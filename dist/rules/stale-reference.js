import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-JT7VMKOG.js";
import "../chunk-HUZH4OPH.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  stale_reference_default as default
};
