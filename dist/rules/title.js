import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  title_default
} from "../chunk-DWTOHATU.js";
import "../chunk-GKTIIADT.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  title_default as default
};
