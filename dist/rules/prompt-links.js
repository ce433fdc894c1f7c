import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-J265H5GE.js";
import "../chunk-6YRAJZXT.js";
import {
  meantBy
} from "../chunk-7JRAG53Q.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  prompt_links_default as default,
  meantBy
};
