import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-T5QAIOPO.js";
import "../chunk-MWQK753Q.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  plan_entries_default as default
};
