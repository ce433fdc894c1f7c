import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-HJO7YHA3.js";
import "./chunk-3JRRAYIP.js";
import "./chunk-ZVTFQH2I.js";
import "./chunk-N7CH5PCK.js";
import "./chunk-6NZIRWCE.js";
import "./chunk-BTLEQH7H.js";
import "./chunk-4NGDF4Z5.js";
import "./chunk-Y2KKONHW.js";
import "./chunk-QGZPJGNT.js";
import "./chunk-BXXYSABQ.js";
import "./chunk-G6UTKOGL.js";
import "./chunk-2FDMAPAS.js";
import "./chunk-A27DPQHI.js";
import "./chunk-2P5XTXJN.js";
import "./chunk-M5GJTIQK.js";
import "./chunk-RK3EL5WB.js";
import "./chunk-HP5HCRK7.js";
import "./chunk-WKBCS66D.js";
import "./chunk-R3FFEI3M.js";
import "./chunk-GKTIIADT.js";
import "./chunk-A3WBZMPQ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-BQPP6OIJ.js";
import "./chunk-GLQI3GKW.js";
import "./chunk-CY57JTXS.js";
import "./chunk-4BKQQS6L.js";
import "./chunk-LHU2AK7M.js";
import "./chunk-NETADY5P.js";
import "./chunk-BOLUMWAU.js";
import "./chunk-YO7UGG4C.js";
export {
  preset_default as default
};
