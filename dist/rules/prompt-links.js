import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-VSCJOT6Z.js";
import "../chunk-DWK4YS5X.js";
import {
  meantBy
} from "../chunk-CP6F4YK7.js";
import "../chunk-ZCMLPP7Y.js";
export {
  prompt_links_default as default,
  meantBy
};
