import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-ATCSKGMG.js";
import "../chunk-ZT4W6VJ2.js";
import "../chunk-MGU3OUNH.js";
import "../chunk-FBHDF4ML.js";
export {
  front_matter_default as default
};
