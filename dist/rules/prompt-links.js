import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-IZLF5GAC.js";
import "../chunk-DPLQTNM2.js";
import {
  meantBy
} from "../chunk-VBREPSUZ.js";
import "../chunk-ZCMLPP7Y.js";
export {
  prompt_links_default as default,
  meantBy
};
