import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-MNKEG6UV.js";
import "../chunk-GKTIIADT.js";
import "../chunk-HZPLCIXO.js";
import "../chunk-W3BLVKRZ.js";
import "../chunk-CDIDJOQP.js";
export {
  preprompt_reference_default as default
};
