import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_default
} from "../chunk-T2UFIRZI.js";
import "../chunk-MRL3JSS2.js";
import "../chunk-EADWQGIT.js";
import "../chunk-YO7UGG4C.js";
export {
  pair_default as default
};
