import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  componentKey,
  pair_component_default,
  sameComponent
} from "../chunk-GSHDJ3ZX.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2SORB2O6.js";
export {
  componentKey,
  pair_component_default as default,
  sameComponent
};
