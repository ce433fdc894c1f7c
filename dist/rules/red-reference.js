import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-UXPMHZQX.js";
import "../chunk-GKTIIADT.js";
import "../chunk-HZPLCIXO.js";
import "../chunk-W3BLVKRZ.js";
import "../chunk-CDIDJOQP.js";
export {
  red_reference_default as default
};
