import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-NF5O6KN5.js";
import "../chunk-GKTIIADT.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  phase_default as default
};
