import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-BXXYSABQ.js";
import "../chunk-NETADY5P.js";
import {
  meantBy
} from "../chunk-BOLUMWAU.js";
import "../chunk-YO7UGG4C.js";
export {
  prompt_links_default as default,
  meantBy
};
