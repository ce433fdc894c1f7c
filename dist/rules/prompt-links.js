import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-UQ7OP2DT.js";
import "../chunk-2MOZNH7W.js";
import {
  meantBy
} from "../chunk-QNIOLSON.js";
import "../chunk-CEDZ37P7.js";
export {
  prompt_links_default as default,
  meantBy
};
