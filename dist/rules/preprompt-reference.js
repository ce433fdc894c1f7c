import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-QZX7MKPX.js";
import "../chunk-GKTIIADT.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  preprompt_reference_default as default
};
