import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  prompt_links_default
} from "../chunk-NNY42LJS.js";
import {
  meantBy
} from "../chunk-GPUK42N5.js";
export {
  prompt_links_default as default,
  meantBy
};
