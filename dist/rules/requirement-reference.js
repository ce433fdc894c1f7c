import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-RBWX5FLD.js";
import "../chunk-2MOZNH7W.js";
import "../chunk-QNIOLSON.js";
import "../chunk-CEDZ37P7.js";
export {
  requirement_reference_default as default
};
