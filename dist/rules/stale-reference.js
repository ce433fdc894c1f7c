import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-ZVOTPVFT.js";
import "../chunk-AFZBCIFB.js";
import "../chunk-NVI3AOA3.js";
import "../chunk-KN5WREKU.js";
import "../chunk-FBHDF4ML.js";
export {
  stale_reference_default as default
};
