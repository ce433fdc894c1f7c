import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  componentKey,
  pair_component_default,
  sameComponent
} from "../chunk-ZMJZDUHC.js";
import "../chunk-RQZAEZMH.js";
import "../chunk-YLMZ5HZ7.js";
export {
  componentKey,
  pair_component_default as default,
  sameComponent
};
