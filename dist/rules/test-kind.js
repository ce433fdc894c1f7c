import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunk-VGVKN4PH.js";
import "../chunk-GKTIIADT.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  test_kind_default as default
};
