import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-SYASSHXA.js";
import "../chunk-KO5X26X3.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  required_sections_default as default
};
