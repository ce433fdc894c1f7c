import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  meantBy,
  prompt_links_default
} from "../chunk-7VW7UVA7.js";
import "../chunk-XKFPARCZ.js";
import "../chunk-2SORB2O6.js";
export {
  prompt_links_default as default,
  meantBy
};
