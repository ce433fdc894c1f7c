import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-6PJCKJJQ.js";
import "../chunk-GPUK42N5.js";
export {
  numbering_gap_default as default
};
