import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preprompt_default
} from "../chunks/chunk-ZY32XA7Z.js";
import "../chunks/chunk-H2J7XHTK.js";
import "../chunks/chunk-76VVC7YI.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZHFVNGYW.js";
export {
  preprompt_default as default
};
