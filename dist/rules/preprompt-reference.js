import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-QY5V5KRQ.js";
import "../chunk-GKTIIADT.js";
import "../chunk-MRL3JSS2.js";
import "../chunk-EADWQGIT.js";
import "../chunk-YO7UGG4C.js";
export {
  preprompt_reference_default as default
};
