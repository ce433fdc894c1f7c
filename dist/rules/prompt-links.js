import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  meantBy,
  prompt_links_default
} from "../chunk-I3B233A7.js";
import "../chunk-YVEI4MHU.js";
export {
  prompt_links_default as default,
  meantBy
};
