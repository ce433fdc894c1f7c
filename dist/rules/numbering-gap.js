import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_gap_default
} from "../chunk-ORV5TY6Y.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  numbering_gap_default as default
};
