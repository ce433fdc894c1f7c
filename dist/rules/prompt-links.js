import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-RHBYQX7O.js";
import "../chunk-FX5QU5KV.js";
import {
  meantBy
} from "../chunk-DHFM55ED.js";
import "../chunk-YO7UGG4C.js";
export {
  prompt_links_default as default,
  meantBy
};
