import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  runLint,
  useColor
} from "./chunk-C4NB5OK3.js";
import "./chunk-SIGNRQMK.js";
import {
  UsageError
} from "./chunk-FTWKOJW3.js";
import "./chunk-AEAEI45F.js";
import "./chunk-FPSJ5KHN.js";
import "./chunk-WXVQI7MW.js";
import "./chunk-BCSF6YIQ.js";
import "./chunk-4BZ7NAYX.js";
import "./chunk-6RGG6L3J.js";
import "./chunk-GBLRQ2F4.js";
import "./chunk-R3U6INLE.js";
import "./chunk-4WZF2VKL.js";
import "./chunk-JJRI6SZN.js";
import "./chunk-2WWUCUDN.js";
import "./chunk-UQ7OP2DT.js";
import "./chunk-ZNBQGAYZ.js";
import "./chunk-7LT6RMU7.js";
import "./chunk-NRPELPON.js";
import "./chunk-RBWX5FLD.js";
import "./chunk-M3AVSRRG.js";
import "./chunk-SPHMVBPM.js";
import "./chunk-GSV24T2O.js";
import "./chunk-FYG6WOLO.js";
import "./chunk-4VPBJO7Q.js";
import "./chunk-GKTIIADT.js";
import "./chunk-SJETFOL5.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SE34OHNP.js";
import "./chunk-QBJOYAWV.js";
import "./chunk-EJTLFMTX.js";
import "./chunk-DQQXBQTS.js";
import "./chunk-5A5FCGZC.js";
import "./chunk-2MOZNH7W.js";
import "./chunk-QNIOLSON.js";
import "./chunk-CEDZ37P7.js";
export {
  UsageError,
  main,
  progressAfterMs,
  runLint,
  useColor
};
