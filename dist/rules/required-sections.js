import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunk-UHOWCKCB.js";
import "../chunk-GKTIIADT.js";
import "../chunk-53HZWLIM.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  required_sections_default as default
};
