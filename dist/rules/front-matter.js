import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-AK3LS3DJ.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  front_matter_default as default
};
