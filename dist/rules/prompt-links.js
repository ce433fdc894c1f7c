import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-VI5LLHUE.js";
import "../chunk-ZT4W6VJ2.js";
import {
  meantBy
} from "../chunk-MGU3OUNH.js";
import "../chunk-FBHDF4ML.js";
export {
  prompt_links_default as default,
  meantBy
};
