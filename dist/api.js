import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-RZUXMZGD.js";
import "./chunk-ENQBMDNH.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-WI7VXE7C.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-TT2FEG5K.js";
import {
  preset_default
} from "./chunk-MFOMNDOZ.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-HGIMZ6XJ.js";
import "./chunk-PSK7ZSBX.js";
import {
  createLinter
} from "./chunk-NDNRDQQ6.js";
import {
  rules
} from "./chunk-AVLDQ6EX.js";
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
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-VBREPSUZ.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-ZCMLPP7Y.js";
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
