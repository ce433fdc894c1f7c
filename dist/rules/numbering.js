import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  numbering_default
} from "../chunks/chunk-OUEUCHFH.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZHFVNGYW.js";
export {
  numbering_default as default
};
