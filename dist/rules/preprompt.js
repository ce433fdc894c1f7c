import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-Y4ABQFA3.js";
import "../chunk-5J3QRL4D.js";
import "../chunk-65HEJVHH.js";
import "../chunk-POCETTUW.js";
import "../chunk-WGKZKMPO.js";
export {
  preprompt_default as default
};
