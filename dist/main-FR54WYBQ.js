import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  runLint,
  useColor
} from "./chunk-QQXYHUWK.js";
import "./chunk-3ZRJ47JJ.js";
import {
  UsageError
} from "./chunk-SUOBYUMD.js";
import "./chunk-HGVISFT6.js";
import "./chunk-3S7O3RDO.js";
import "./chunk-JD4NXQIO.js";
import "./chunk-R3BDODJF.js";
import "./chunk-JT7VMKOG.js";
import "./chunk-5IQBHS2V.js";
import "./chunk-6U6TBAO3.js";
import "./chunk-BZDSGFYG.js";
import "./chunk-HUZH4OPH.js";
import "./chunk-ZZKKFEG4.js";
import "./chunk-D54A35P7.js";
import "./chunk-55ISEL7M.js";
import "./chunk-CGXQBUXF.js";
import "./chunk-MW3WR7YD.js";
import "./chunk-W3GUXGE4.js";
import "./chunk-VJ4O2YES.js";
import "./chunk-D5XN7IC4.js";
import "./chunk-3HC3ZVKI.js";
import "./chunk-JQUXNMVX.js";
import "./chunk-YRPTMAFX.js";
import "./chunk-LM3GUP46.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-7EBWQW4A.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SBOISAND.js";
import "./chunk-KJAWFNOH.js";
import "./chunk-GCVWE2QS.js";
import "./chunk-QEKR4OHW.js";
import "./chunk-AFVFNHZA.js";
import "./chunk-M2M4E7IA.js";
import "./chunk-AGFAG4TF.js";
import "./chunk-FBHDF4ML.js";
export {
  UsageError,
  main,
  progressAfterMs,
  runLint,
  useColor
};
