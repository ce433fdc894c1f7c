import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunks/chunk-HZGEBAUH.js";
import "../chunks/chunk-76VVC7YI.js";
import "../chunks/chunk-ZHFVNGYW.js";
export {
  prompt_links_default as default
};
