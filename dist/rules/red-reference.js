import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-ZRGQPL7R.js";
import "../chunk-65HEJVHH.js";
import "../chunk-POCETTUW.js";
import "../chunk-WGKZKMPO.js";
export {
  red_reference_default as default
};
