import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  runLint,
  useColor
} from "./chunk-RZJPKIWA.js";
import "./chunk-GHFT2UB3.js";
import {
  UsageError
} from "./chunk-EXK2KOT3.js";
import "./chunk-FRETXAQQ.js";
import "./chunk-GZCFP77Y.js";
import "./chunk-N6FMMVDZ.js";
import "./chunk-ZTOSRUBL.js";
import "./chunk-IFDSQIFL.js";
import "./chunk-J7VBF3CU.js";
import "./chunk-WQML42FS.js";
import "./chunk-HI5HQYK4.js";
import "./chunk-TSQA2NM6.js";
import "./chunk-GSD2PPAU.js";
import "./chunk-RFDRHPIW.js";
import "./chunk-PP3DRRIT.js";
import "./chunk-JX2PRFAE.js";
import "./chunk-ZMU52FUJ.js";
import "./chunk-DVAPFQID.js";
import "./chunk-IXN7LBKV.js";
import "./chunk-XBECEUJY.js";
import "./chunk-GP5LLZ5T.js";
import "./chunk-CIUWBUEJ.js";
import "./chunk-SUM66SDB.js";
import "./chunk-5GVPCXOH.js";
import "./chunk-GKTIIADT.js";
import "./chunk-T5UP5D3U.js";
import "./chunk-53HZWLIM.js";
import "./chunk-U4GGQCTL.js";
import "./chunk-S2F2XFVG.js";
import "./chunk-JE5GDUEH.js";
import "./chunk-QOBHTGTG.js";
import "./chunk-XIIQWKHQ.js";
import "./chunk-RUMGUBSP.js";
import "./chunk-QVWIHFDH.js";
import "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";
export {
  UsageError,
  main,
  progressAfterMs,
  runLint,
  useColor
};
