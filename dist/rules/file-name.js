import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-RHIFXZIQ.js";
import "../chunk-GPUK42N5.js";
export {
  file_name_default as default
};
