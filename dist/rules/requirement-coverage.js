import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_coverage_default
} from "../chunk-R4GYF4IJ.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  requirement_coverage_default as default
};
