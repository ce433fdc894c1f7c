import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunk-NZ7GIOXS.js";
import "../chunk-FISTF6PN.js";
import "../chunk-7LDA5P3D.js";
export {
  numbering_default as default
};
