import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-HHJNL3OJ.js";
import "../chunk-CA2YLDUA.js";
import "../chunk-ITAAAK5F.js";
import "../chunk-OCDMQTOX.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  stale_reference_default as default
};
