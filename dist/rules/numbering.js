import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunk-OHI6GRUR.js";
import "../chunk-6YRAJZXT.js";
import "../chunk-7JRAG53Q.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  numbering_default as default
};
