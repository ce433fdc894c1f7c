import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-N4BAKGM6.js";
import {
  meantBy
} from "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  prompt_links_default as default,
  meantBy
};
