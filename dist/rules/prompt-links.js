import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-QV5QXKYT.js";
import "../chunk-HZPLCIXO.js";
import {
  meantBy
} from "../chunk-W3BLVKRZ.js";
import "../chunk-CDIDJOQP.js";
export {
  prompt_links_default as default,
  meantBy
};
