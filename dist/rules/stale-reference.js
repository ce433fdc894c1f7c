import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-4VJZOS3F.js";
import "../chunk-MWQK753Q.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  stale_reference_default as default
};
