import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-USC7VVZG.js";
import "../chunk-YVEI4MHU.js";
export {
  phase_default as default
};
