import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-FI3EJL6L.js";
import "../chunk-GKTIIADT.js";
import "../chunk-KF4MW4NH.js";
import "../chunk-OLLGGBTZ.js";
import "../chunk-WX6H6K7W.js";
export {
  red_reference_default as default
};
