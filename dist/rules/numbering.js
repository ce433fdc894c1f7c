import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default,
  stepsOf
} from "../chunk-BB3ABF3C.js";
import "../chunk-GPUK42N5.js";
export {
  numbering_default as default,
  stepsOf
};
