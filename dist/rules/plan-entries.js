import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-VHHAPOVP.js";
import "../chunk-GP5W2DSB.js";
import "../chunk-ZT4W6VJ2.js";
import "../chunk-MGU3OUNH.js";
import "../chunk-FBHDF4ML.js";
export {
  plan_entries_default as default
};
