import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_component_default
} from "../chunk-FUAEQBAJ.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  pair_component_default as default
};
