import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-EDWL4JOM.js";
import "../chunk-DGWQGGT6.js";
import "../chunk-YLMZ5HZ7.js";
export {
  preprompt_default as default
};
