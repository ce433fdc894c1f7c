import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  useColor
} from "./chunk-2RD4APAJ.js";
import "./chunk-ECHWFHZI.js";
import {
  UsageError
} from "./chunk-DMTZ6WDX.js";
import "./chunk-YZBDI6XO.js";
import "./chunk-XUS2QRBR.js";
import "./chunk-ACP7Y7WL.js";
import "./chunk-PEKRDFXW.js";
import "./chunk-AA4PEAYE.js";
import "./chunk-HNXGGC6U.js";
import "./chunk-K4RPSCMU.js";
import "./chunk-E2KHQHOI.js";
import "./chunk-INWIS37Q.js";
import "./chunk-7NKIVUTP.js";
import "./chunk-A2Z6LB77.js";
import "./chunk-3ZE7S6BT.js";
import "./chunk-DIIR52IT.js";
import "./chunk-KO5X26X3.js";
import "./chunk-VIS65QDF.js";
import "./chunk-NVRXVJTG.js";
import "./chunk-QV5YV7F3.js";
import "./chunk-TBSH7L43.js";
import "./chunk-3GGX5ZV3.js";
import "./chunk-U3FXPJTS.js";
import "./chunk-5X7IFXMB.js";
import "./chunk-KSBFATWC.js";
import "./chunk-FIJN6QS4.js";
import "./chunk-GMDYCI2B.js";
import "./chunk-SRMGLPV6.js";
import "./chunk-BCYO5FHX.js";
import "./chunk-YEZTWO7G.js";
export {
  UsageError,
  main,
  progressAfterMs,
  useColor
};
