import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-X5KLIAUZ.js";
import "../chunk-GKTIIADT.js";
import "../chunk-3XBJ2GZ2.js";
import "../chunk-NHBPTZTT.js";
import "../chunk-EKTD4TXU.js";
export {
  preprompt_reference_default as default
};
