import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  useColor
} from "./chunk-2Q2JGQYG.js";
import "./chunk-PMDD72YO.js";
import {
  UsageError
} from "./chunk-3K4SMTLK.js";
import "./chunk-QLKAJQUU.js";
import "./chunk-DX5P4XBE.js";
import "./chunk-PYXUEGUC.js";
import "./chunk-WHOTRWLM.js";
import "./chunk-Q76K3JXK.js";
import "./chunk-WXNMMJ4S.js";
import "./chunk-7ADUNY2H.js";
import "./chunk-IXI7KQJM.js";
import "./chunk-5GZJGJUJ.js";
import "./chunk-OUP6KFNX.js";
import "./chunk-Q73TISVQ.js";
import "./chunk-NXSEV7ZG.js";
import "./chunk-UYAVXDTN.js";
import "./chunk-KO5X26X3.js";
import "./chunk-HXO6XHET.js";
import "./chunk-GIOWUR3M.js";
import "./chunk-M2RJMUME.js";
import "./chunk-B67H7ITV.js";
import "./chunk-R4LR4RDT.js";
import "./chunk-W2U3YFEM.js";
import "./chunk-E5UK76FL.js";
import "./chunk-M6D6HQO7.js";
import "./chunk-VG3XWVEB.js";
import "./chunk-SN2AGDRA.js";
import "./chunk-C3OEUZUB.js";
import "./chunk-AIQADGDR.js";
import "./chunk-YLMZ5HZ7.js";
export {
  UsageError,
  main,
  progressAfterMs,
  useColor
};
