import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-GUFCJFET.js";
import "../chunk-3XBJ2GZ2.js";
import "../chunk-NHBPTZTT.js";
import "../chunk-EKTD4TXU.js";
export {
  plan_description_default as default
};
