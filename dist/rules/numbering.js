import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunk-OS257AV3.js";
import "../chunk-POCETTUW.js";
import "../chunk-WGKZKMPO.js";
export {
  numbering_default as default
};
