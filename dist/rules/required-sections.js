import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-YLGAIHRZ.js";
import "../chunk-GKTIIADT.js";
import "../chunk-53HZWLIM.js";
import "../chunk-HZPLCIXO.js";
import "../chunk-W3BLVKRZ.js";
import "../chunk-CDIDJOQP.js";
export {
  required_sections_default as default
};
