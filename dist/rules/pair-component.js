import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_component_default
} from "../chunk-PGUHYY5N.js";
import "../chunk-ZT4W6VJ2.js";
import "../chunk-MGU3OUNH.js";
import "../chunk-FBHDF4ML.js";
export {
  pair_component_default as default
};
