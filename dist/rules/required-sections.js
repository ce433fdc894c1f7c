import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-PLFX3MPW.js";
import "../chunk-KO5X26X3.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2LCDKBJH.js";
export {
  required_sections_default as default
};
