import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-ZIRZRQ3G.js";
import "../chunk-RQZAEZMH.js";
import "../chunk-YLMZ5HZ7.js";
export {
  empty_prompt_default as default
};
