import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunks/chunk-I75TBG75.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZUYHAV3M.js";
export {
  numbering_default as default
};
