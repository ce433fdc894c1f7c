import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-P5YWIUPN.js";
import "../chunk-KF4MW4NH.js";
import {
  meantBy
} from "../chunk-OLLGGBTZ.js";
import "../chunk-WX6H6K7W.js";
export {
  prompt_links_default as default,
  meantBy
};
