import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  title_default
} from "../chunk-DLQRGB6S.js";
import "../chunk-KO5X26X3.js";
import "../chunk-HG3U4HY2.js";
import "../chunk-YLMZ5HZ7.js";
export {
  title_default as default
};
