import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-AREESFKZ.js";
import "../chunk-FISTF6PN.js";
import "../chunk-7LDA5P3D.js";
export {
  phase_default as default
};
