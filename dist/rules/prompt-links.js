import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-Y6GPGHKP.js";
import "../chunk-K3G72UE5.js";
import {
  meantBy
} from "../chunk-BEMMNZVQ.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  prompt_links_default as default,
  meantBy
};
