import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  red_reference_default
} from "../chunks/chunk-4LVBOCIP.js";
import "../chunks/chunk-76VVC7YI.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZHFVNGYW.js";
export {
  red_reference_default as default
};
