import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-C4YZZ43Y.js";
import "../chunk-KO5X26X3.js";
import "../chunk-HG3U4HY2.js";
import "../chunk-YLMZ5HZ7.js";
export {
  required_sections_default as default
};
