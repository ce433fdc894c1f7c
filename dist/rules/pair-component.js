import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  componentKey,
  pair_component_default,
  sameComponent
} from "../chunk-KPSVWDNS.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2LCDKBJH.js";
export {
  componentKey,
  pair_component_default as default,
  sameComponent
};
