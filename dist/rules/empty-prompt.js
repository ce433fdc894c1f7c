import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-AIG24TX4.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-TVZXQZX6.js";
export {
  empty_prompt_default as default
};
