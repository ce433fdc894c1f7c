import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-NTER52CY.js";
import "../chunk-DGWQGGT6.js";
import "../chunk-YLMZ5HZ7.js";
export {
  front_matter_default as default
};
