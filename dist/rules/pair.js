import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_default
} from "../chunk-YRPTMAFX.js";
import "../chunk-M2M4E7IA.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  pair_default as default
};
