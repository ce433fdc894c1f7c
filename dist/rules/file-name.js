import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-YAVZO3H5.js";
import "../chunk-RDVXZHXN.js";
import "../chunk-4X4KD2YE.js";
import "../chunk-YOO7I2IZ.js";
export {
  file_name_default as default
};
