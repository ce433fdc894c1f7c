import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-T6XNMID5.js";
import "../chunk-4DQPNVMK.js";
import {
  meantBy
} from "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  prompt_links_default as default,
  meantBy
};
