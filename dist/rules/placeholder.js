import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  placeholder_default
} from "../chunk-SJETFOL5.js";
import "../chunk-53HZWLIM.js";
import "../chunk-QNIOLSON.js";
import "../chunk-CEDZ37P7.js";
export {
  placeholder_default as default
};
