import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-NSBJLXZK.js";
import "../chunk-MRL3JSS2.js";
import {
  meantBy
} from "../chunk-EADWQGIT.js";
import "../chunk-YO7UGG4C.js";
export {
  prompt_links_default as default,
  meantBy
};
