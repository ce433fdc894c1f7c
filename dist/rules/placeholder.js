import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  placeholder_default
} from "../chunk-IVPYKG32.js";
import "../chunk-53HZWLIM.js";
import "../chunk-JVCCDYP2.js";
import "../chunk-TXZLK2KV.js";
export {
  placeholder_default as default
};
