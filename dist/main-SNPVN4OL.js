import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  runLint,
  useColor
} from "./chunk-LLIUAM5I.js";
import "./chunk-HWVVKYJW.js";
import {
  UsageError
} from "./chunk-LJHMFKVK.js";
import "./chunk-QIFSSONU.js";
import "./chunk-2NWOHHXK.js";
import "./chunk-X2CTG4EP.js";
import "./chunk-7KKF3SZO.js";
import "./chunk-ZX47ZP63.js";
import "./chunk-AH356IIN.js";
import "./chunk-3M6WECN2.js";
import "./chunk-HWOVEENJ.js";
import "./chunk-SRDYD5LO.js";
import "./chunk-WZEC233Y.js";
import "./chunk-ZIDUCTMH.js";
import "./chunk-QRFPA543.js";
import "./chunk-VCUAVDB5.js";
import "./chunk-EFSQ4HK3.js";
import "./chunk-OVWDIM5G.js";
import "./chunk-FQVGW5I3.js";
import "./chunk-I76HQH6B.js";
import "./chunk-IFOOR7TE.js";
import "./chunk-B4DPF3GE.js";
import "./chunk-WYXS2XZQ.js";
import "./chunk-NF5O6KN5.js";
import "./chunk-GKTIIADT.js";
import "./chunk-ZZ27WIDK.js";
import "./chunk-53HZWLIM.js";
import "./chunk-U4VLOJOM.js";
import "./chunk-VYJJU3R3.js";
import "./chunk-4MZIIXMG.js";
import "./chunk-LWOB22WI.js";
import "./chunk-AK3LS3DJ.js";
import "./chunk-C46MMHOC.js";
import "./chunk-D2Y76NGA.js";
import "./chunk-CEDZ37P7.js";
export {
  UsageError,
  main,
  progressAfterMs,
  runLint,
  useColor
};
