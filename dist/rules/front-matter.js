import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-AVH6F2DS.js";
import "../chunk-RDVXZHXN.js";
import "../chunk-4X4KD2YE.js";
import "../chunk-YOO7I2IZ.js";
export {
  front_matter_default as default
};
