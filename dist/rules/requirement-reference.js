import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-D5HGA2QY.js";
import "../chunk-MRL3JSS2.js";
import "../chunk-EADWQGIT.js";
import "../chunk-YO7UGG4C.js";
export {
  requirement_reference_default as default
};
