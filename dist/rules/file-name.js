import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-OOGCL7AJ.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-YVEI4MHU.js";
export {
  file_name_default as default
};
