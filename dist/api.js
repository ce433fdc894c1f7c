import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-E5H4MMQ2.js";
import "./chunk-UIYVEAZV.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-S4ZOJ4B2.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-MKF5UP2V.js";
import {
  preset_default
} from "./chunk-HJO7YHA3.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-BXQDHD4A.js";
import "./chunk-GPB7KFCN.js";
import {
  createLinter
} from "./chunk-BVLZNNLX.js";
import {
  rules
} from "./chunk-3JRRAYIP.js";
import "./chunk-ZVTFQH2I.js";
import "./chunk-N7CH5PCK.js";
import "./chunk-6NZIRWCE.js";
import "./chunk-BTLEQH7H.js";
import "./chunk-4NGDF4Z5.js";
import "./chunk-Y2KKONHW.js";
import "./chunk-QGZPJGNT.js";
import "./chunk-BXXYSABQ.js";
import "./chunk-G6UTKOGL.js";
import "./chunk-2FDMAPAS.js";
import "./chunk-A27DPQHI.js";
import "./chunk-2P5XTXJN.js";
import "./chunk-M5GJTIQK.js";
import "./chunk-RK3EL5WB.js";
import "./chunk-HP5HCRK7.js";
import "./chunk-WKBCS66D.js";
import "./chunk-R3FFEI3M.js";
import "./chunk-GKTIIADT.js";
import "./chunk-A3WBZMPQ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-BQPP6OIJ.js";
import "./chunk-GLQI3GKW.js";
import "./chunk-CY57JTXS.js";
import "./chunk-4BKQQS6L.js";
import "./chunk-LHU2AK7M.js";
import "./chunk-NETADY5P.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-BOLUMWAU.js";
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
