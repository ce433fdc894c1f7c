import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  meantBy,
  prompt_links_default
} from "../chunk-DNBOHKJR.js";
import "../chunk-XKFPARCZ.js";
import "../chunk-TVZXQZX6.js";
export {
  prompt_links_default as default,
  meantBy
};
