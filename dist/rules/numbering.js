import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunk-RFFU4ADY.js";
import "../chunk-4DQPNVMK.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  numbering_default as default
};
