import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-VWAJLWSF.js";
import "../chunk-FISTF6PN.js";
import "../chunk-7LDA5P3D.js";
export {
  requirement_reference_default as default
};
