import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunks/chunk-CNU2MD5J.js";
import "../chunks/chunk-CK4YUAH4.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZUYHAV3M.js";
export {
  required_sections_default as default
};
