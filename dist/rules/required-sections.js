import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-MW3WR7YD.js";
import "../chunk-QOXJ4YVM.js";
import "../chunk-53HZWLIM.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  required_sections_default as default
};
