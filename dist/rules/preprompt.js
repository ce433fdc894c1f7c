import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-7ADUNY2H.js";
import "../chunk-AIQADGDR.js";
import "../chunk-YLMZ5HZ7.js";
export {
  preprompt_default as default
};
