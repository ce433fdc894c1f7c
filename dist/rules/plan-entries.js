import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-OUXEVF3F.js";
import "../chunk-GEBMVDCS.js";
import "../chunk-DWK4YS5X.js";
import "../chunk-CP6F4YK7.js";
import "../chunk-ZCMLPP7Y.js";
export {
  plan_entries_default as default
};
