import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-PPBTTT6L.js";
import "../chunk-RDVXZHXN.js";
import "../chunk-4X4KD2YE.js";
import "../chunk-YOO7I2IZ.js";
export {
  preprompt_default as default
};
