import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  title_default
} from "../chunk-EGUKGLS2.js";
import "../chunk-KO5X26X3.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  title_default as default
};
