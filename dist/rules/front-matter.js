import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-FWFPAZW2.js";
import "../chunk-3XBJ2GZ2.js";
import "../chunk-NHBPTZTT.js";
import "../chunk-EKTD4TXU.js";
export {
  front_matter_default as default
};
