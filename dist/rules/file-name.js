import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunks/chunk-NMXVQHC7.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZUYHAV3M.js";
export {
  file_name_default as default
};
