import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  file_name_default
} from "../chunks/chunk-U75GNJS6.js";
import "../chunks/chunk-WZJJGKUL.js";
import "../chunks/chunk-ZHFVNGYW.js";
export {
  file_name_default as default
};
