import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  title_default
} from "../chunk-3M6WECN2.js";
import "../chunk-GKTIIADT.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  title_default as default
};
