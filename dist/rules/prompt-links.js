import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-3JIAOJIU.js";
import "../chunk-65HEJVHH.js";
import "../chunk-WGKZKMPO.js";
export {
  prompt_links_default as default
};
