import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-MFOMNDOZ.js";
import "./chunk-AVLDQ6EX.js";
import "./chunk-YFAFOM2O.js";
import "./chunk-MSUGZ4ZM.js";
import "./chunk-RSWM3FOE.js";
import "./chunk-IV6PHZAS.js";
import "./chunk-6XUG6UGQ.js";
import "./chunk-HROVF7CY.js";
import "./chunk-5LX3GPNH.js";
import "./chunk-IZLF5GAC.js";
import "./chunk-TV6CACQT.js";
import "./chunk-OD42GYYF.js";
import "./chunk-IKXKR6JR.js";
import "./chunk-LGEQNFLM.js";
import "./chunk-RSEYB7BC.js";
import "./chunk-6DYS22HY.js";
import "./chunk-FHAWOMW7.js";
import "./chunk-UZPQ2MUZ.js";
import "./chunk-IJSIIMMV.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7DHQXQNC.js";
import "./chunk-53HZWLIM.js";
import "./chunk-NZW2XSXL.js";
import "./chunk-WXOH3WJR.js";
import "./chunk-74FUEBQS.js";
import "./chunk-2GH4FF4J.js";
import "./chunk-SEZU7XF7.js";
import "./chunk-DPLQTNM2.js";
import "./chunk-VBREPSUZ.js";
import "./chunk-ZCMLPP7Y.js";
export {
  preset_default as default
};
