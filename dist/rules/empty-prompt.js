import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-WMV3WFDP.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  empty_prompt_default as default
};
