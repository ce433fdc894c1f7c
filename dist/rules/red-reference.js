import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-CGXQBUXF.js";
import "../chunk-QOXJ4YVM.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  red_reference_default as default
};
