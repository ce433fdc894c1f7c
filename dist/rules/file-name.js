import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunk-6X2ZB3DM.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  file_name_default as default
};
