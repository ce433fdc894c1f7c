import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-UWCE6TRK.js";
import "../chunk-KO5X26X3.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2SORB2O6.js";
export {
  preprompt_reference_default as default
};
