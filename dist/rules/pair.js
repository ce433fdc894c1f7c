import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_default
} from "../chunk-WP3TK7QM.js";
import "../chunk-POCETTUW.js";
import "../chunk-WGKZKMPO.js";
export {
  pair_default as default
};
