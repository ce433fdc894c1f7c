import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-ERTPB3UP.js";
import "../chunk-65HEJVHH.js";
import "../chunk-POCETTUW.js";
import "../chunk-WGKZKMPO.js";
export {
  required_sections_default as default
};
