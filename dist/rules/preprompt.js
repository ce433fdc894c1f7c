import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-TIT3L5CQ.js";
import "../chunk-FX5QU5KV.js";
import "../chunk-DHFM55ED.js";
import "../chunk-YO7UGG4C.js";
export {
  preprompt_default as default
};
