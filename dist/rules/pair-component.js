import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  componentKey,
  pair_component_default,
  sameComponent
} from "../chunk-M2RJMUME.js";
import "../chunk-AIQADGDR.js";
import "../chunk-YLMZ5HZ7.js";
export {
  componentKey,
  pair_component_default as default,
  sameComponent
};
