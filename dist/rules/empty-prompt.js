import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-VPFVG5HJ.js";
import "../chunk-FISTF6PN.js";
import "../chunk-7LDA5P3D.js";
export {
  empty_prompt_default as default
};
