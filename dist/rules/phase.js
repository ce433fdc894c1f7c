import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-BOL4C6JO.js";
import "../chunk-2SORB2O6.js";
export {
  phase_default as default
};
