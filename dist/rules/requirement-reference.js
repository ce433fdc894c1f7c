import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-3P6NC7O2.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  requirement_reference_default as default
};
