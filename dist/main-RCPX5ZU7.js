import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  useColor
} from "./chunk-XDG3YAW6.js";
import "./chunk-AUPP27SY.js";
import {
  UsageError
} from "./chunk-F42J4OF2.js";
import "./chunk-QQAIATTZ.js";
import "./chunk-YQ2USUON.js";
import "./chunk-Y2OQIDN6.js";
import "./chunk-7T6R4UZZ.js";
import "./chunk-2GCG3TEF.js";
import "./chunk-JB3KXYBK.js";
import "./chunk-EDWL4JOM.js";
import "./chunk-SDYTB46K.js";
import "./chunk-RRLX672T.js";
import "./chunk-OV2NNVLV.js";
import "./chunk-5EVUJRRL.js";
import "./chunk-2DZLJXUT.js";
import "./chunk-VGUGEDKH.js";
import "./chunk-KO5X26X3.js";
import "./chunk-FTSTLPRN.js";
import "./chunk-JONNG5RU.js";
import "./chunk-GCABOEQB.js";
import "./chunk-UKIEDSLB.js";
import "./chunk-INRJMM3F.js";
import "./chunk-VF4CPKD2.js";
import "./chunk-AXSLFW4E.js";
import "./chunk-M4PXIXSD.js";
import "./chunk-ISCTXA4Z.js";
import "./chunk-ONYK5AV7.js";
import "./chunk-NTER52CY.js";
import "./chunk-DGWQGGT6.js";
import "./chunk-YLMZ5HZ7.js";
export {
  UsageError,
  main,
  progressAfterMs,
  useColor
};
