import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-R7WENA5X.js";
import "../chunk-XPGV7J33.js";
import "../chunk-GVLFWA5A.js";
import "../chunk-JY3AZZE5.js";
import "../chunk-WX6H6K7W.js";
export {
  stale_reference_default as default
};
