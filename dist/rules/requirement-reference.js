import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-2DZLJXUT.js";
import "../chunk-DGWQGGT6.js";
import "../chunk-YLMZ5HZ7.js";
export {
  requirement_reference_default as default
};
