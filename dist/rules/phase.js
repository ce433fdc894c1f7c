import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-D2FSSJX2.js";
import "../chunk-GKTIIADT.js";
import "../chunk-KF4MW4NH.js";
import "../chunk-OLLGGBTZ.js";
import "../chunk-WX6H6K7W.js";
export {
  phase_default as default
};
