import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-4MZIIXMG.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  empty_prompt_default as default
};
