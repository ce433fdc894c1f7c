import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  stale_reference_default
} from "../chunk-DW6BJGKG.js";
import "../chunk-SU62IUYS.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  stale_reference_default as default
};
