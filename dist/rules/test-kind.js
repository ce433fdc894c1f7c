import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunks/chunk-MYVWCA4B.js";
import "../chunks/chunk-CK4YUAH4.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZUYHAV3M.js";
export {
  test_kind_default as default
};
