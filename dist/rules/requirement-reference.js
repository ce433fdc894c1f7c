import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-VJ4O2YES.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  requirement_reference_default as default
};
