import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  placeholder_default
} from "../chunk-ZZ27WIDK.js";
import "../chunk-53HZWLIM.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  placeholder_default as default
};
