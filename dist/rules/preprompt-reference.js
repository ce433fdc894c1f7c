import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-CULEJ3AS.js";
import "../chunk-KO5X26X3.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2LCDKBJH.js";
export {
  preprompt_reference_default as default
};
