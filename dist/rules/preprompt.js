import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-G32VHTQR.js";
import "../chunk-XKFPARCZ.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2SORB2O6.js";
export {
  preprompt_default as default
};
