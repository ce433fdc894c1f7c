import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  runLint,
  useColor
} from "./chunk-WUTX4IHV.js";
import "./chunk-O5A3W6PQ.js";
import {
  UsageError
} from "./chunk-JFFMMSUC.js";
import "./chunk-SMEG23WD.js";
import "./chunk-F7T7KVUL.js";
import "./chunk-C7AQN4MW.js";
import "./chunk-UOKJAVBA.js";
import "./chunk-ITKTMJQD.js";
import "./chunk-6GWABCWU.js";
import "./chunk-IUVQ37RB.js";
import "./chunk-VHHAPOVP.js";
import "./chunk-GP5W2DSB.js";
import "./chunk-EXN73XRN.js";
import "./chunk-CU3TK4T3.js";
import "./chunk-VI5LLHUE.js";
import "./chunk-2WALKSXC.js";
import "./chunk-UI4PSLY2.js";
import "./chunk-JGT4LUKB.js";
import "./chunk-Q2NBBFB3.js";
import "./chunk-IKZAL5D7.js";
import "./chunk-42V7MZX2.js";
import "./chunk-PGUHYY5N.js";
import "./chunk-3I6KN7OG.js";
import "./chunk-LMJNAH4Q.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-ORBNKV6W.js";
import "./chunk-53HZWLIM.js";
import "./chunk-QO4THOEZ.js";
import "./chunk-OS22EK3V.js";
import "./chunk-SDNQL6GO.js";
import "./chunk-56232XSX.js";
import "./chunk-ATCSKGMG.js";
import "./chunk-ZT4W6VJ2.js";
import "./chunk-MGU3OUNH.js";
import "./chunk-FBHDF4ML.js";
export {
  UsageError,
  main,
  progressAfterMs,
  runLint,
  useColor
};
