import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  required_sections_default
} from "../chunks/chunk-ZEUDWLP2.js";
import "../chunks/chunk-76VVC7YI.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZHFVNGYW.js";
export {
  required_sections_default as default
};
