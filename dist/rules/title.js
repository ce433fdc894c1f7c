import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  title_default
} from "../chunk-UKQHJWXX.js";
import "../chunk-KO5X26X3.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2LCDKBJH.js";
export {
  title_default as default
};
