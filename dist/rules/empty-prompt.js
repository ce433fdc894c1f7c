import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-3KDGE45J.js";
import "../chunk-GPUK42N5.js";
export {
  empty_prompt_default as default
};
