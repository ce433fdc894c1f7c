import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-EOK6JS6H.js";
import "../chunk-KO5X26X3.js";
import "../chunk-GPUK42N5.js";
export {
  preprompt_reference_default as default
};
