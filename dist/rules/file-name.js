import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-7ZYJUUSS.js";
import "../chunk-POCETTUW.js";
import "../chunk-WGKZKMPO.js";
export {
  file_name_default as default
};
