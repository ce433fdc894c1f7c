import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-FQR2JXMW.js";
import "../chunk-GPUK42N5.js";
export {
  plan_description_default as default
};
