import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  useColor
} from "./chunk-LUNLEPMY.js";
import "./chunk-2SQ4JA5A.js";
import {
  UsageError
} from "./chunk-QNSM2QVV.js";
import "./chunk-SWVBMUZG.js";
import "./chunk-S5ZCEF4T.js";
import "./chunk-KF6NA25R.js";
import "./chunk-6C4R6YKA.js";
import "./chunk-ZRAYDIFA.js";
import "./chunk-PPYJPJRE.js";
import "./chunk-7KATO3ZN.js";
import "./chunk-3YZQKGLB.js";
import "./chunk-QADQFG7H.js";
import "./chunk-W5J4USEC.js";
import "./chunk-BK6I24ZP.js";
import "./chunk-VWAJLWSF.js";
import "./chunk-EHWE5XC6.js";
import "./chunk-KO5X26X3.js";
import "./chunk-O5GOQJ4X.js";
import "./chunk-NZ7GIOXS.js";
import "./chunk-TG36YDEM.js";
import "./chunk-XNZ43N7B.js";
import "./chunk-AREESFKZ.js";
import "./chunk-HDVSJKDY.js";
import "./chunk-KD4RAY6F.js";
import "./chunk-G7L6L37F.js";
import "./chunk-VPFVG5HJ.js";
import "./chunk-LFVZOEHY.js";
import "./chunk-X76M2KLY.js";
import "./chunk-FISTF6PN.js";
import "./chunk-7LDA5P3D.js";
export {
  UsageError,
  main,
  progressAfterMs,
  useColor
};
