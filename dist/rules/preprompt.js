import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-TPDSB7FF.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-YVEI4MHU.js";
export {
  preprompt_default as default
};
