import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  empty_prompt_default
} from "../chunk-FUH457OI.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  empty_prompt_default as default
};
