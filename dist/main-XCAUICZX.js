import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  runLint,
  useColor
} from "./chunk-EELPC7YP.js";
import "./chunk-UQJJOJVD.js";
import {
  UsageError
} from "./chunk-4QWKMXCV.js";
import "./chunk-TK6LUZPL.js";
import "./chunk-NIBMZKG4.js";
import "./chunk-XY4ZFXM3.js";
import "./chunk-RR6PW6DX.js";
import "./chunk-A4OCW4J6.js";
import "./chunk-A7LML2XG.js";
import "./chunk-KKOQRU6G.js";
import "./chunk-W66Q635G.js";
import "./chunk-LT2VY6AO.js";
import "./chunk-MNKEG6UV.js";
import "./chunk-K3OHVEEL.js";
import "./chunk-QV5QXKYT.js";
import "./chunk-UXPMHZQX.js";
import "./chunk-YLGAIHRZ.js";
import "./chunk-NAFN7BLN.js";
import "./chunk-XLLCAH66.js";
import "./chunk-2WMIV62R.js";
import "./chunk-2FDCEEZ3.js";
import "./chunk-XPB2MLMN.js";
import "./chunk-VMQDZCDL.js";
import "./chunk-RUAJBLEN.js";
import "./chunk-GKTIIADT.js";
import "./chunk-N2V6KQPC.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SAI2FFS5.js";
import "./chunk-SYEFC4JF.js";
import "./chunk-KGZDAZV4.js";
import "./chunk-NDWXXL25.js";
import "./chunk-LSWPTOB3.js";
import "./chunk-HZPLCIXO.js";
import "./chunk-W3BLVKRZ.js";
import "./chunk-CDIDJOQP.js";
export {
  UsageError,
  main,
  progressAfterMs,
  runLint,
  useColor
};
