import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  front_matter_default
} from "../chunk-LHU2AK7M.js";
import "../chunk-NETADY5P.js";
import "../chunk-BOLUMWAU.js";
import "../chunk-YO7UGG4C.js";
export {
  front_matter_default as default
};
