import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-IUL7O64V.js";
import "../chunk-2LCDKBJH.js";
export {
  front_matter_default as default
};
