import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-RKECNO6N.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  plan_description_default as default
};
