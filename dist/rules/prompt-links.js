import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-3ZD6NAYW.js";
import "../chunk-3XBJ2GZ2.js";
import {
  meantBy
} from "../chunk-NHBPTZTT.js";
import "../chunk-EKTD4TXU.js";
export {
  prompt_links_default as default,
  meantBy
};
