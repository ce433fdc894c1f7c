import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_entries_default
} from "../chunk-HI5HQYK4.js";
import "../chunk-TSQA2NM6.js";
import "../chunk-RUMGUBSP.js";
import "../chunk-QVWIHFDH.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  plan_entries_default as default
};
