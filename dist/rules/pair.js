import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  pair_default
} from "../chunk-RZM4UCAL.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  pair_default as default
};
