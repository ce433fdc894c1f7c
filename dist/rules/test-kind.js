import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-UWBASXIB.js";
import "../chunk-GKTIIADT.js";
import "../chunk-GVLFWA5A.js";
import "../chunk-JY3AZZE5.js";
import "../chunk-WX6H6K7W.js";
export {
  test_kind_default as default
};
