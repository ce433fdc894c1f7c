import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_component_default
} from "../chunk-WYSORGWH.js";
import "../chunk-63AJYI2E.js";
import "../chunk-EX7H2NOR.js";
export {
  pair_component_default as default
};
