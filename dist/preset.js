import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-3B7KIDQF.js";
import "./chunk-WHSQ62PU.js";
import "./chunk-KPK6IDCF.js";
import "./chunk-XCHVSSS7.js";
import "./chunk-7RF7WCGN.js";
import "./chunk-4XHFBNCJ.js";
import "./chunk-TA7DRODV.js";
import "./chunk-5MAITHSU.js";
import "./chunk-TIT3L5CQ.js";
import "./chunk-RHBYQX7O.js";
import "./chunk-WFXETAAZ.js";
import "./chunk-YTX2R2HF.js";
import "./chunk-65ICSOWM.js";
import "./chunk-5A6JW72A.js";
import "./chunk-Y3P54PO4.js";
import "./chunk-4ZLATQWE.js";
import "./chunk-TKVTO6HS.js";
import "./chunk-MUTOYXAH.js";
import "./chunk-AHJNMXFA.js";
import "./chunk-GKTIIADT.js";
import "./chunk-UDSS5SZD.js";
import "./chunk-53HZWLIM.js";
import "./chunk-K6MB2FQM.js";
import "./chunk-HVAVXZPB.js";
import "./chunk-DK2T5JXV.js";
import "./chunk-KOF4YQCV.js";
import "./chunk-DORTNV3O.js";
import "./chunk-FX5QU5KV.js";
import "./chunk-DHFM55ED.js";
import "./chunk-YO7UGG4C.js";
export {
  preset_default as default
};
