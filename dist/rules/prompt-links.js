import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-3YZQKGLB.js";
import {
  meantBy
} from "../chunk-FISTF6PN.js";
import "../chunk-7LDA5P3D.js";
export {
  prompt_links_default as default,
  meantBy
};
