import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunk-ZUZJHD2X.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  numbering_default as default
};
