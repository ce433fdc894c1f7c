import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-KTDHTRSZ.js";
import "../chunk-RDVXZHXN.js";
import {
  meantBy
} from "../chunk-4X4KD2YE.js";
import "../chunk-YOO7I2IZ.js";
export {
  prompt_links_default as default,
  meantBy
};
