import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-U4SK46RS.js";
import "./chunk-WA2Z55HZ.js";
import "./chunk-4E3FVK2D.js";
import "./chunk-RQVTHQOE.js";
import "./chunk-6ESEEOH2.js";
import "./chunk-M4BAN3TJ.js";
import "./chunk-ZQU3I6XW.js";
import "./chunk-BBEO2YJS.js";
import "./chunk-AJ7HJVIU.js";
import "./chunk-QYQS2F4F.js";
import "./chunk-OQVBQAI5.js";
import "./chunk-Y5XKJHBC.js";
import "./chunk-NKWUV2ZN.js";
import "./chunk-3GMOHWU4.js";
import "./chunk-24S6S6FY.js";
import "./chunk-ZUZJHD2X.js";
import "./chunk-6IH4K3L4.js";
import "./chunk-CDLEUFV5.js";
import "./chunk-WDBWDMAU.js";
import "./chunk-GKTIIADT.js";
import "./chunk-MWMIVKEJ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-KN2R2ZRM.js";
import "./chunk-P2WHBZ3P.js";
import "./chunk-2VKVKHNC.js";
import "./chunk-OPWVRUWC.js";
import "./chunk-YCUD64X6.js";
import "./chunk-RMCFUR5C.js";
import "./chunk-SKDX4WDE.js";
import "./chunk-QHT7BCVZ.js";
export {
  preset_default as default
};
