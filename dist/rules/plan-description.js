import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-HVAVXZPB.js";
import "../chunk-FX5QU5KV.js";
import "../chunk-DHFM55ED.js";
import "../chunk-YO7UGG4C.js";
export {
  plan_description_default as default
};
