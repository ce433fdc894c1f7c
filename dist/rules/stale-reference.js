import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-ITKTMJQD.js";
import "../chunk-GP5W2DSB.js";
import "../chunk-ZT4W6VJ2.js";
import "../chunk-MGU3OUNH.js";
import "../chunk-FBHDF4ML.js";
export {
  stale_reference_default as default
};
