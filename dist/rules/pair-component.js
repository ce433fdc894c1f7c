import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_component_default
} from "../chunk-B4DPF3GE.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  pair_component_default as default
};
