import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-2IU64YDA.js";
import "../chunk-KO5X26X3.js";
import "../chunk-GPUK42N5.js";
export {
  test_kind_default as default
};
