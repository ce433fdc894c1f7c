import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-SDYTB46K.js";
import {
  meantBy
} from "../chunk-DGWQGGT6.js";
import "../chunk-YLMZ5HZ7.js";
export {
  prompt_links_default as default,
  meantBy
};
