import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-VG2PN4FA.js";
import "../chunk-5J3QRL4D.js";
import "../chunk-65HEJVHH.js";
import "../chunk-POCETTUW.js";
import "../chunk-WGKZKMPO.js";
export {
  preprompt_reference_default as default
};
