import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-LPWCFBKW.js";
import "./chunk-PUWXFJEG.js";
import "./chunk-4TBXBOSU.js";
import "./chunk-EOK6JS6H.js";
import "./chunk-OXWIR32G.js";
import "./chunk-NNY42LJS.js";
import "./chunk-IGAKANKA.js";
import "./chunk-VEI5BLHK.js";
import "./chunk-ZNW44YNF.js";
import "./chunk-K4LHD2RL.js";
import "./chunk-2IU64YDA.js";
import "./chunk-KO5X26X3.js";
import "./chunk-6PJCKJJQ.js";
import "./chunk-BB3ABF3C.js";
import "./chunk-R4DIYZK4.js";
import "./chunk-I2KKF3KM.js";
import "./chunk-YKOAANS6.js";
import "./chunk-IOVCPA5I.js";
import "./chunk-FQR2JXMW.js";
import "./chunk-EPB4F7TI.js";
import "./chunk-3KDGE45J.js";
import "./chunk-RHIFXZIQ.js";
import "./chunk-7MTNJV3R.js";
import "./chunk-GPUK42N5.js";
export {
  preset_default as default
};
