import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-MZTUONWO.js";
import "../chunk-2LCDKBJH.js";
export {
  phase_default as default
};
