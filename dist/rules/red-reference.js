import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunk-DTE5ELHZ.js";
import "../chunk-GKTIIADT.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  red_reference_default as default
};
