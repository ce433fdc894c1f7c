import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-MLGDXHIS.js";
import "../chunk-GVLFWA5A.js";
import {
  meantBy
} from "../chunk-JY3AZZE5.js";
import "../chunk-WX6H6K7W.js";
export {
  prompt_links_default as default,
  meantBy
};
