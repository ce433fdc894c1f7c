import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  test_kind_default
} from "../chunks/chunk-NKZJ5SGG.js";
import "../chunks/chunk-76VVC7YI.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZHFVNGYW.js";
export {
  test_kind_default as default
};
