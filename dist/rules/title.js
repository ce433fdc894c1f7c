import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  title_default
} from "../chunk-T5N3M3Y2.js";
import "../chunk-GKTIIADT.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  title_default as default
};
