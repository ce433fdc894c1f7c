import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-GF2Y36IN.js";
import "../chunk-GKTIIADT.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  test_kind_default as default
};
