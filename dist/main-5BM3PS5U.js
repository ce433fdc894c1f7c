import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main,
  progressAfterMs,
  runLint,
  useColor
} from "./chunk-2NKTTRBM.js";
import "./chunk-RNLEKJHV.js";
import {
  UsageError
} from "./chunk-WUM3IWGA.js";
import "./chunk-GUG6J3C4.js";
import "./chunk-FDEW5YDY.js";
import "./chunk-TVIVFHDN.js";
import "./chunk-Q32UJYKT.js";
import "./chunk-PBAVEFTU.js";
import "./chunk-2FJZDUSX.js";
import "./chunk-BCD6LDYR.js";
import "./chunk-7GDMOF4I.js";
import "./chunk-ROQILJCU.js";
import "./chunk-VJBW5RWV.js";
import "./chunk-NF53ICSZ.js";
import "./chunk-P5YWIUPN.js";
import "./chunk-FI3EJL6L.js";
import "./chunk-T2DNE4IQ.js";
import "./chunk-J24WOL6Q.js";
import "./chunk-YWKMCP7M.js";
import "./chunk-VHZEVUX3.js";
import "./chunk-RXYTODFC.js";
import "./chunk-FRXAODKS.js";
import "./chunk-7GZQ6IVU.js";
import "./chunk-D2FSSJX2.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7UXCVZML.js";
import "./chunk-53HZWLIM.js";
import "./chunk-FX2PBGRA.js";
import "./chunk-D73BCYNN.js";
import "./chunk-VXD246FR.js";
import "./chunk-HRI7MN4M.js";
import "./chunk-IY7PLPEW.js";
import "./chunk-KF4MW4NH.js";
import "./chunk-OLLGGBTZ.js";
import "./chunk-WX6H6K7W.js";
export {
  UsageError,
  main,
  progressAfterMs,
  runLint,
  useColor
};
