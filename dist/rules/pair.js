import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_default
} from "../chunk-I2KKF3KM.js";
import "../chunk-GPUK42N5.js";
export {
  pair_default as default
};
