import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-I3PNXRQK.js";
import "../chunk-GKTIIADT.js";
import "../chunk-53HZWLIM.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  required_sections_default as default
};
