import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-EFSQ4HK3.js";
import "../chunk-GKTIIADT.js";
import "../chunk-53HZWLIM.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  required_sections_default as default
};
