import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  plan_description_default
} from "../chunk-S2F2XFVG.js";
import "../chunk-RUMGUBSP.js";
import "../chunk-QVWIHFDH.js";
import "../chunk-5HIIY6MO.js";
import "../chunk-L4DFUNMN.js";
export {
  plan_description_default as default
};
