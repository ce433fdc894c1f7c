import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-2OABDISN.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  file_name_default as default
};
