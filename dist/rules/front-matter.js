import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-7MTNJV3R.js";
import "../chunk-GPUK42N5.js";
export {
  front_matter_default as default
};
