import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunks/chunk-L3SHEEH3.js";
import "../chunks/chunk-CK4YUAH4.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZUYHAV3M.js";
export {
  red_reference_default as default
};
