import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-SPOZW7U6.js";
import "../chunk-65HEJVHH.js";
import "../chunk-POCETTUW.js";
import "../chunk-WGKZKMPO.js";
export {
  test_kind_default as default
};
