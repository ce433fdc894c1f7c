import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-E2KHQHOI.js";
import {
  meantBy
} from "../chunk-BCYO5FHX.js";
import "../chunk-YEZTWO7G.js";
export {
  prompt_links_default as default,
  meantBy
};
