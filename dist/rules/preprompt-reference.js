import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_reference_default
} from "../chunks/chunk-I7S4GVBC.js";
import "../chunks/chunk-H2J7XHTK.js";
import "../chunks/chunk-76VVC7YI.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZHFVNGYW.js";
export {
  preprompt_reference_default as default
};
