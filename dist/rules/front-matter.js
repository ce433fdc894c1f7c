import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-US6ZV322.js";
import "../chunk-MRL3JSS2.js";
import "../chunk-EADWQGIT.js";
import "../chunk-YO7UGG4C.js";
export {
  front_matter_default as default
};
