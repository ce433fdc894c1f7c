import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-XUHDSWNT.js";
import "../chunk-NXFQ7NW5.js";
import {
  meantBy
} from "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  prompt_links_default as default,
  meantBy
};
