import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-LM3GUP46.js";
import "../chunk-QOXJ4YVM.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  phase_default as default
};
