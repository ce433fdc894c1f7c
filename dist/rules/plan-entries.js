import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-EPB4F7TI.js";
import "../chunk-GPUK42N5.js";
export {
  plan_entries_default as default
};
