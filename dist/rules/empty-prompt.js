import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-VG3XWVEB.js";
import "../chunk-AIQADGDR.js";
import "../chunk-YLMZ5HZ7.js";
export {
  empty_prompt_default as default
};
