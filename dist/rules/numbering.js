import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default,
  stepsOf
} from "../chunk-PDZCGZNP.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-TVZXQZX6.js";
export {
  numbering_default as default,
  stepsOf
};
