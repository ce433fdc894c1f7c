import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  runLint,
  useColor
} from "./chunk-G6U7EXTZ.js";
import "./chunk-B466NI5D.js";
import {
  UsageError
} from "./chunk-UO4NLUKG.js";
import "./chunk-AHHZGYAT.js";
import "./chunk-PVEJZSNZ.js";
import "./chunk-A35AIMMI.js";
import "./chunk-CC75CBUC.js";
import "./chunk-XG4GNTTL.js";
import "./chunk-WANYH7PI.js";
import "./chunk-XDW4H23G.js";
import "./chunk-3SGOJPIA.js";
import "./chunk-GGJMHDCV.js";
import "./chunk-QY5V5KRQ.js";
import "./chunk-NZIVTBGF.js";
import "./chunk-NSBJLXZK.js";
import "./chunk-D2TWPN5E.js";
import "./chunk-AC53PJZ5.js";
import "./chunk-2A7EQJFG.js";
import "./chunk-D5HGA2QY.js";
import "./chunk-6CN73KZX.js";
import "./chunk-P5MMJZE5.js";
import "./chunk-SLVGYUNR.js";
import "./chunk-T2UFIRZI.js";
import "./chunk-QIF264OR.js";
import "./chunk-GKTIIADT.js";
import "./chunk-CIWBHPJZ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-DWGDEQTR.js";
import "./chunk-5OIUUCST.js";
import "./chunk-XQGRMLGA.js";
import "./chunk-V6UIM52E.js";
import "./chunk-US6ZV322.js";
import "./chunk-MRL3JSS2.js";
import "./chunk-EADWQGIT.js";
import "./chunk-YO7UGG4C.js";
export {
  UsageError,
  main,
  progressAfterMs,
  runLint,
  useColor
};
