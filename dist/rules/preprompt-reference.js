import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-KDXCGKGG.js";
import "../chunk-QOXJ4YVM.js";
import "../chunk-NVI3AOA3.js";
import "../chunk-KN5WREKU.js";
import "../chunk-FBHDF4ML.js";
export {
  preprompt_reference_default as default
};
