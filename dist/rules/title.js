import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  title_default
} from "../chunk-4TBXBOSU.js";
import "../chunk-KO5X26X3.js";
import "../chunk-GPUK42N5.js";
export {
  title_default as default
};
