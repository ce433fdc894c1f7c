import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-EJMQVAV5.js";
import "../chunk-GKTIIADT.js";
import "../chunk-53HZWLIM.js";
import "../chunk-GVLFWA5A.js";
import "../chunk-JY3AZZE5.js";
import "../chunk-WX6H6K7W.js";
export {
  required_sections_default as default
};
