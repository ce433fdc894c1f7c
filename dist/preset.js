import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-5HO5J25L.js";
import "./chunk-VILLUCTA.js";
import "./chunk-R7WENA5X.js";
import "./chunk-UWBASXIB.js";
import "./chunk-56GIREO4.js";
import "./chunk-O5VPX7TM.js";
import "./chunk-XPGV7J33.js";
import "./chunk-JJVZTHQT.js";
import "./chunk-ZZ3PEJ2J.js";
import "./chunk-MLGDXHIS.js";
import "./chunk-CJNFINFB.js";
import "./chunk-EJMQVAV5.js";
import "./chunk-RXRBJEGL.js";
import "./chunk-Q46CMGAY.js";
import "./chunk-XKGL4KD5.js";
import "./chunk-VTXOO724.js";
import "./chunk-MPIVDZ3J.js";
import "./chunk-7UW73LDC.js";
import "./chunk-ZUSCECTY.js";
import "./chunk-GKTIIADT.js";
import "./chunk-EMUUPQEZ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-VLHA7LA5.js";
import "./chunk-ZLH727K4.js";
import "./chunk-VWCZCUDR.js";
import "./chunk-4K52PE4Z.js";
import "./chunk-AZKDRKH3.js";
import "./chunk-GVLFWA5A.js";
import "./chunk-JY3AZZE5.js";
import "./chunk-WX6H6K7W.js";
export {
  preset_default as default
};
