import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-C5PIZPPN.js";
import "../chunk-NVI3AOA3.js";
import {
  meantBy
} from "../chunk-KN5WREKU.js";
import "../chunk-FBHDF4ML.js";
export {
  prompt_links_default as default,
  meantBy
};
