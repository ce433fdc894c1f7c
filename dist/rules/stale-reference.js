import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-ZX47ZP63.js";
import "../chunk-SRDYD5LO.js";
import "../chunk-C46MMHOC.js";
import "../chunk-D2Y76NGA.js";
import "../chunk-CEDZ37P7.js";
export {
  stale_reference_default as default
};
