import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-K4LHD2RL.js";
import "../chunk-GPUK42N5.js";
export {
  requirement_reference_default as default
};
