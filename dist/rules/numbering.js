import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default,
  stepsOf
} from "../chunk-RUFUIMDS.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-YVEI4MHU.js";
export {
  numbering_default as default,
  stepsOf
};
