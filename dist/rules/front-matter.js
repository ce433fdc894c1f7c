import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-GYCVG7XL.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  front_matter_default as default
};
