import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default,
  stepsOf
} from "../chunk-MA22LXCU.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2LCDKBJH.js";
export {
  numbering_default as default,
  stepsOf
};
