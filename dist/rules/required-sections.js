import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-R3ZFLKDQ.js";
import "../chunk-QOXJ4YVM.js";
import "../chunk-53HZWLIM.js";
import "../chunk-NVI3AOA3.js";
import "../chunk-KN5WREKU.js";
import "../chunk-FBHDF4ML.js";
export {
  required_sections_default as default
};
