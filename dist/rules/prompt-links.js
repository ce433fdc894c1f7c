import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-QYQS2F4F.js";
import "../chunk-RMCFUR5C.js";
import {
  meantBy
} from "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  prompt_links_default as default,
  meantBy
};
