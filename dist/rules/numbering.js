import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunk-GP5LLZ5T.js";
import "../chunk-RUMGUBSP.js";
import "../chunk-QVWIHFDH.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  numbering_default as default
};
