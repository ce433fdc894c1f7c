import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_index_default
} from "../chunks/chunk-46KX5J63.js";
import "../chunks/chunk-CK4YUAH4.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZUYHAV3M.js";
export {
  preprompt_index_default as default
};
