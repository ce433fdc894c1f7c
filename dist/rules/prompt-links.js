import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunks/chunk-MSFXLQBT.js";
import "../chunks/chunk-CK4YUAH4.js";
import "../chunks/chunk-ZUYHAV3M.js";
export {
  prompt_links_default as default
};
