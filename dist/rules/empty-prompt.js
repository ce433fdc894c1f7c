import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-WK3LLTD3.js";
import "../chunk-DWK4YS5X.js";
import "../chunk-CP6F4YK7.js";
import "../chunk-ZCMLPP7Y.js";
export {
  empty_prompt_default as default
};
