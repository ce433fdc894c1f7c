import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-K3OHVEEL.js";
import "../chunk-HZPLCIXO.js";
import "../chunk-W3BLVKRZ.js";
import "../chunk-CDIDJOQP.js";
export {
  preprompt_default as default
};
