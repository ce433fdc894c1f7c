import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-FJGCWI3Q.js";
import "../chunk-RQZAEZMH.js";
import "../chunk-YLMZ5HZ7.js";
export {
  front_matter_default as default
};
