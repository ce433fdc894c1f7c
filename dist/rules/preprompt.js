import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-ZIDUCTMH.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  preprompt_default as default
};
