import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  phase_default
} from "../chunk-AHJNMXFA.js";
import "../chunk-GKTIIADT.js";
import "../chunk-FX5QU5KV.js";
import "../chunk-DHFM55ED.js";
import "../chunk-YO7UGG4C.js";
export {
  phase_default as default
};
