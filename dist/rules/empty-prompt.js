import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-N4M64ARB.js";
import "../chunk-6YRAJZXT.js";
import "../chunk-7JRAG53Q.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  empty_prompt_default as default
};
