import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-6ZB3L2KM.js";
import "../chunk-KO5X26X3.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  test_kind_default as default
};
