import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-6RGG6L3J.js";
import "../chunk-GKTIIADT.js";
import "../chunk-2MOZNH7W.js";
import "../chunk-QNIOLSON.js";
import "../chunk-CEDZ37P7.js";
export {
  test_kind_default as default
};
