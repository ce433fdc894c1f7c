import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-LWOB22WI.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  file_name_default as default
};
