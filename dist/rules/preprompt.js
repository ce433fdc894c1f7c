import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-OXWIR32G.js";
import "../chunk-GPUK42N5.js";
export {
  preprompt_default as default
};
