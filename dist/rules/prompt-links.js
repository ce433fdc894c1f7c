import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-25TBVAO3.js";
import "../chunk-ITAAAK5F.js";
import {
  meantBy
} from "../chunk-OCDMQTOX.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  prompt_links_default as default,
  meantBy
};
