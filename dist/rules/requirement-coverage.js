import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_coverage_default
} from "../chunk-J24WOL6Q.js";
import "../chunk-KF4MW4NH.js";
import "../chunk-OLLGGBTZ.js";
import "../chunk-WX6H6K7W.js";
export {
  requirement_coverage_default as default
};
