import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-YCUD64X6.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  front_matter_default as default
};
