import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-UYQ4KX5T.js";
import "../chunk-AMVXXBCO.js";
import {
  meantBy
} from "../chunk-QEGP2JS5.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  prompt_links_default as default,
  meantBy
};
