import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-6RZIMGLL.js";
import "../chunk-GKTIIADT.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  red_reference_default as default
};
