import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunk-DTFDU54T.js";
import "../chunk-GKTIIADT.js";
import "../chunk-NXFQ7NW5.js";
import "../chunk-OJ7P3AHY.js";
import "../chunk-WX6H6K7W.js";
export {
  preprompt_reference_default as default
};
