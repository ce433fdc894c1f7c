import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-2ZPYPP4W.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  empty_prompt_default as default
};
