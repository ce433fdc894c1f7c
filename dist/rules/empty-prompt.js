import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-EJTLFMTX.js";
import "../chunk-2MOZNH7W.js";
import "../chunk-QNIOLSON.js";
import "../chunk-CEDZ37P7.js";
export {
  empty_prompt_default as default
};
