import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_component_default
} from "../chunk-HP5HCRK7.js";
import "../chunk-NETADY5P.js";
import "../chunk-BOLUMWAU.js";
import "../chunk-YO7UGG4C.js";
export {
  pair_component_default as default
};
