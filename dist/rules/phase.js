import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-YKOAANS6.js";
import "../chunk-GPUK42N5.js";
export {
  phase_default as default
};
