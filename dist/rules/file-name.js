import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-67FGQ3LH.js";
import "../chunk-SEYHCLMG.js";
import "../chunk-TVZXQZX6.js";
export {
  file_name_default as default
};
