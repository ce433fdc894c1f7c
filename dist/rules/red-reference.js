import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-IGAKANKA.js";
import "../chunk-KO5X26X3.js";
import "../chunk-GPUK42N5.js";
export {
  red_reference_default as default
};
