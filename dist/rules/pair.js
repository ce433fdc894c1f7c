import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_default
} from "../chunk-QDGSAW5W.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-2LCDKBJH.js";
export {
  pair_default as default
};
