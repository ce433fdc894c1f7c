import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-SYEFC4JF.js";
import "../chunk-HZPLCIXO.js";
import "../chunk-W3BLVKRZ.js";
import "../chunk-CDIDJOQP.js";
export {
  plan_description_default as default
};
