import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_default
} from "../chunk-VOQBKORV.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2SORB2O6.js";
export {
  pair_default as default
};
