import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-L4FRGTWN.js";
import "./chunk-2GP4JZOM.js";
import "./chunk-ENFPLL2M.js";
import "./chunk-C6UUMD7S.js";
import "./chunk-ABAGFBHL.js";
import "./chunk-CCKO4OKE.js";
import "./chunk-PKX2GJOO.js";
import "./chunk-GNLMOMIG.js";
import "./chunk-PYWBLWVL.js";
import "./chunk-ASCROK3S.js";
import "./chunk-MRD73F5R.js";
import "./chunk-KO5X26X3.js";
import "./chunk-R5I75FBH.js";
import "./chunk-4D5TJO2U.js";
import "./chunk-ZMJZDUHC.js";
import "./chunk-5UZOIFRJ.js";
import "./chunk-DESU2UXL.js";
import "./chunk-YBVULJEF.js";
import "./chunk-I2PKKQDR.js";
import "./chunk-OKK4EVTU.js";
import "./chunk-ZIRZRQ3G.js";
import "./chunk-NF6EAOX2.js";
import "./chunk-FJGCWI3Q.js";
import "./chunk-RQZAEZMH.js";
import "./chunk-YLMZ5HZ7.js";
export {
  preset_default as default
};
