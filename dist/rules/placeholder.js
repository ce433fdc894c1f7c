import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  placeholder_default
} from "../chunk-ZO5QNWMP.js";
import "../chunk-53HZWLIM.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  placeholder_default as default
};
