import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-O3GM6ELE.js";
import "../chunk-YVEI4MHU.js";
export {
  front_matter_default as default
};
