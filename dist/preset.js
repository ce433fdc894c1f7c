import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-GJVVT6AH.js";
import "./chunk-3M3C6UJ6.js";
import "./chunk-QM65JBZX.js";
import "./chunk-VGVKN4PH.js";
import "./chunk-T5N3M3Y2.js";
import "./chunk-YH6Q6PQK.js";
import "./chunk-YKXPIG2N.js";
import "./chunk-DTFDU54T.js";
import "./chunk-VVH6YS4W.js";
import "./chunk-XUHDSWNT.js";
import "./chunk-DTE5ELHZ.js";
import "./chunk-UHOWCKCB.js";
import "./chunk-R4GYF4IJ.js";
import "./chunk-K5UPJLM3.js";
import "./chunk-ORV5TY6Y.js";
import "./chunk-M5H4FD7N.js";
import "./chunk-FUAEQBAJ.js";
import "./chunk-RZM4UCAL.js";
import "./chunk-VG6OAHXD.js";
import "./chunk-GKTIIADT.js";
import "./chunk-ZO5QNWMP.js";
import "./chunk-53HZWLIM.js";
import "./chunk-TO76JAFT.js";
import "./chunk-RKECNO6N.js";
import "./chunk-2ZPYPP4W.js";
import "./chunk-6X2ZB3DM.js";
import "./chunk-GYCVG7XL.js";
import "./chunk-NXFQ7NW5.js";
import "./chunk-OJ7P3AHY.js";
import "./chunk-WX6H6K7W.js";
export {
  preset_default as default
};
