import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_component_default
} from "../chunk-NUFCQQDY.js";
import "../chunk-RDVXZHXN.js";
import "../chunk-4X4KD2YE.js";
import "../chunk-YOO7I2IZ.js";
export {
  pair_component_default as default
};
