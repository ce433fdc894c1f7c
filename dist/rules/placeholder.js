import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  placeholder_default
} from "../chunk-MWMIVKEJ.js";
import "../chunk-53HZWLIM.js";
import "../chunk-SKDX4WDE.js";
import "../chunk-QHT7BCVZ.js";
export {
  placeholder_default as default
};
