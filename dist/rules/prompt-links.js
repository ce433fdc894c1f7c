import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-7YHKNQNH.js";
import {
  meantBy
} from "../chunk-63AJYI2E.js";
import "../chunk-EX7H2NOR.js";
export {
  prompt_links_default as default,
  meantBy
};
