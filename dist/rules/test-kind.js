import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-L2TKJW2Y.js";
import "../chunk-GKTIIADT.js";
import "../chunk-RDVXZHXN.js";
import "../chunk-4X4KD2YE.js";
import "../chunk-YOO7I2IZ.js";
export {
  test_kind_default as default
};
