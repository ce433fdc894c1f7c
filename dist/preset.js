import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-N6TAMHOD.js";
import "./chunk-LPN5EHXS.js";
import "./chunk-HPWEHONU.js";
import "./chunk-GVUHE4KQ.js";
import "./chunk-2YTPKJB6.js";
import "./chunk-E5YCAUJV.js";
import "./chunk-7YHKNQNH.js";
import "./chunk-2F2EFSIE.js";
import "./chunk-IUV6CKZZ.js";
import "./chunk-KO5X26X3.js";
import "./chunk-5D6ROKVD.js";
import "./chunk-AWN4YNUU.js";
import "./chunk-GHFSU3H7.js";
import "./chunk-XMNXJCFP.js";
import "./chunk-QIV7YVB6.js";
import "./chunk-WYSORGWH.js";
import "./chunk-OEWEMS4W.js";
import "./chunk-NNOIWR4C.js";
import "./chunk-PQW32KD2.js";
import "./chunk-WDJL5SIZ.js";
import "./chunk-GH5CIICH.js";
import "./chunk-WKKDVJYJ.js";
import "./chunk-QOULOFQT.js";
import "./chunk-GH6OKYX3.js";
import "./chunk-RSQXDE6I.js";
import "./chunk-63AJYI2E.js";
import "./chunk-EX7H2NOR.js";
export {
  preset_default as default
};
