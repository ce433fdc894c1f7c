import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-CJNFINFB.js";
import "../chunk-GKTIIADT.js";
import "../chunk-GVLFWA5A.js";
import "../chunk-JY3AZZE5.js";
import "../chunk-WX6H6K7W.js";
export {
  red_reference_default as default
};
