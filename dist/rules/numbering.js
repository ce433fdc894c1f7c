import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default,
  stepsOf
} from "../chunk-UNXN25AW.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2SORB2O6.js";
export {
  numbering_default as default,
  stepsOf
};
