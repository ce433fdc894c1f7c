import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-EZIXGQMX.js";
import "../chunk-GKTIIADT.js";
import "../chunk-6YRAJZXT.js";
import "../chunk-7JRAG53Q.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  red_reference_default as default
};
