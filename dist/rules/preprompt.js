import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-7KATO3ZN.js";
import "../chunk-FISTF6PN.js";
import "../chunk-7LDA5P3D.js";
export {
  preprompt_default as default
};
