import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  placeholder_default
} from "../chunk-N2V6KQPC.js";
import "../chunk-53HZWLIM.js";
import "../chunk-W3BLVKRZ.js";
import "../chunk-CDIDJOQP.js";
export {
  placeholder_default as default
};
