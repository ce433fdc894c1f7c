import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunk-VVH6YS4W.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  preprompt_default as default
};
