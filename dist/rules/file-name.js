import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-OPWVRUWC.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  file_name_default as default
};
