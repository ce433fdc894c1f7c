import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-RTNZV2I5.js";
import "../chunk-RBXCEA2D.js";
import "../chunk-6YRAJZXT.js";
import "../chunk-7JRAG53Q.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  stale_reference_default as default
};
