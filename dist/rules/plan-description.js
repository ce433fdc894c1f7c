import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-AXSLFW4E.js";
import "../chunk-DGWQGGT6.js";
import "../chunk-YLMZ5HZ7.js";
export {
  plan_description_default as default
};
