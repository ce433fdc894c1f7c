import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  placeholder_default
} from "../chunk-7EBWQW4A.js";
import "../chunk-53HZWLIM.js";
import "../chunk-AGFAG4TF.js";
import "../chunk-FBHDF4ML.js";
export {
  placeholder_default as default
};
