import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-2VKVKHNC.js";
import "../chunk-RMCFUR5C.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  empty_prompt_default as default
};
