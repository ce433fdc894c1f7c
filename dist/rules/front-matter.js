import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-KJFHAO35.js";
import "../chunk-2SORB2O6.js";
export {
  front_matter_default as default
};
