import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  componentKey,
  pair_component_default,
  sameComponent
} from "../chunk-R4DIYZK4.js";
import "../chunk-GPUK42N5.js";
export {
  componentKey,
  pair_component_default as default,
  sameComponent
};
