import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-EEYYNJP7.js";
import "../chunk-5QHFDMPG.js";
import "../chunk-YEZTWO7G.js";
export {
  front_matter_default as default
};
