import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-FQVGW5I3.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  requirement_reference_default as default
};
