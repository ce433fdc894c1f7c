import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  requirement_reference_default
} from "../chunk-K5UPJLM3.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  requirement_reference_default as default
};
