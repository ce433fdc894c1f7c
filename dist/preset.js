import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-BFSBVZ6H.js";
import "./chunk-JXQJ5YYY.js";
import "./chunk-RTNZV2I5.js";
import "./chunk-TSWZBJXA.js";
import "./chunk-DHVAQJ2E.js";
import "./chunk-7SHH2J6W.js";
import "./chunk-RBXCEA2D.js";
import "./chunk-GNCNZQGT.js";
import "./chunk-3CDEHYCY.js";
import "./chunk-J265H5GE.js";
import "./chunk-EZIXGQMX.js";
import "./chunk-AOXI7HTS.js";
import "./chunk-ECRIRJWL.js";
import "./chunk-BKZ3QLPP.js";
import "./chunk-VCMND4Y5.js";
import "./chunk-OHI6GRUR.js";
import "./chunk-XRCF24XO.js";
import "./chunk-7IXKSVMP.js";
import "./chunk-AGJSM7YJ.js";
import "./chunk-GKTIIADT.js";
import "./chunk-UORFMJNE.js";
import "./chunk-53HZWLIM.js";
import "./chunk-M4R6X6ZG.js";
import "./chunk-IWTE4YH4.js";
import "./chunk-N4M64ARB.js";
import "./chunk-ZS76GRYF.js";
import "./chunk-QENRUOAR.js";
import "./chunk-6YRAJZXT.js";
import "./chunk-7JRAG53Q.js";
import "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";
export {
  preset_default as default
};
