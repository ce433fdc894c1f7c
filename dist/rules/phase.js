import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-QXY4UICD.js";
import "../chunk-GKTIIADT.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  phase_default as default
};
