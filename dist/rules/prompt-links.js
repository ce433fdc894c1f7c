import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-QRFPA543.js";
import "../chunk-C46MMHOC.js";
import {
  meantBy
} from "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  prompt_links_default as default,
  meantBy
};
