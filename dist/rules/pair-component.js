import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  componentKey,
  pair_component_default,
  sameComponent
} from "../chunk-RNRMBIJK.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-YVEI4MHU.js";
export {
  componentKey,
  pair_component_default as default,
  sameComponent
};
