import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunk-34H65AP7.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  numbering_default as default
};
