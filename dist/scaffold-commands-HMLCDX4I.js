import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  common,
  guard,
  initUsage,
  newUsage,
  parse,
  runInit,
  runNew
} from "./chunk-47OWNU6V.js";
import "./chunk-IHN7FANV.js";
import "./chunk-CP3RCP3N.js";
import "./chunk-XPXUKXSO.js";
import "./chunk-BCFZQDTE.js";
import "./chunk-DLQRGB6S.js";
import "./chunk-STADQOPN.js";
import "./chunk-SCLZDP3E.js";
import "./chunk-AQDPBXBR.js";
import "./chunk-UPLMLEQC.js";
import "./chunk-C4YZZ43Y.js";
import "./chunk-JC3BYXDN.js";
import "./chunk-EQXBTWQ4.js";
import "./chunk-OFHOHQP4.js";
import "./chunk-KO5X26X3.js";
import "./chunk-FPZDOWBL.js";
import "./chunk-TS3OGHJ5.js";
import "./chunk-UTHEMFV4.js";
import "./chunk-SD3MOEYK.js";
import "./chunk-TDGD56PB.js";
import "./chunk-S6UDPPFN.js";
import "./chunk-KPY72VSW.js";
import "./chunk-LFZZTT4U.js";
import "./chunk-FIZYV46F.js";
import "./chunk-3VVS6DUI.js";
import "./chunk-JZVOW2DQ.js";
import "./chunk-HG3U4HY2.js";
import "./chunk-YLMZ5HZ7.js";
export {
  common,
  guard,
  initUsage,
  newUsage,
  parse,
  runInit,
  runNew
};
