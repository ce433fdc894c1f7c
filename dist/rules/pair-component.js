import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_component_default
} from "../chunk-QV5YV7F3.js";
import "../chunk-BCYO5FHX.js";
import "../chunk-YEZTWO7G.js";
export {
  pair_component_default as default
};
