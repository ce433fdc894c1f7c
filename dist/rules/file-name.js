import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-EFXJL473.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  file_name_default as default
};
