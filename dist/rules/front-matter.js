import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-IY7PLPEW.js";
import "../chunk-KF4MW4NH.js";
import "../chunk-OLLGGBTZ.js";
import "../chunk-WX6H6K7W.js";
export {
  front_matter_default as default
};
