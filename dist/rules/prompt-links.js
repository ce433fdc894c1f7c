import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  meantBy,
  prompt_links_default
} from "../chunk-ZGPJTSYY.js";
import "../chunk-2LCDKBJH.js";
export {
  prompt_links_default as default,
  meantBy
};
