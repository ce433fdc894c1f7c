import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunk-M5H4FD7N.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  numbering_default as default
};
