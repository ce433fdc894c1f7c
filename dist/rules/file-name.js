import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-DQQXBQTS.js";
import "../chunk-2MOZNH7W.js";
import "../chunk-QNIOLSON.js";
import "../chunk-CEDZ37P7.js";
export {
  file_name_default as default
};
