import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-2L3WBHT3.js";
import "./chunk-6F65II2J.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-4LW32R2D.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-E566OEJW.js";
import {
  preset_default
} from "./chunk-3B7KIDQF.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-DDLZBYKR.js";
import "./chunk-ASQRIWGB.js";
import {
  createLinter
} from "./chunk-FGFDPV73.js";
import {
  rules
} from "./chunk-WHSQ62PU.js";
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
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-DHFM55ED.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-YO7UGG4C.js";
export {
  ConfigError,
  SuiteModel,
  collectFiles,
  configSchema,
  createLinter,
  findSuites,
  formatName,
  formatNames,
  formatTrace,
  formatTraceMarkdown,
  github,
  isPromptFileName,
  json,
  loadConfig,
  main,
  parsePromptName,
  preset_default as preset,
  readFacts,
  reporters,
  rules,
  sarif,
  stylish,
  traceCounts,
  traceMatrix
};
