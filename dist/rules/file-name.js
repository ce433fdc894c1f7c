import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-TMNESRJF.js";
import "../chunk-NVI3AOA3.js";
import "../chunk-KN5WREKU.js";
import "../chunk-FBHDF4ML.js";
export {
  file_name_default as default
};
