import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-QB22F4AW.js";
import "./chunk-OAW47JIU.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-EW73LHEG.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-XM7YDOFU.js";
import {
  preset_default
} from "./chunk-PR6RQJC4.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-ZIE376JI.js";
import "./chunk-VQG5RUUM.js";
import {
  createLinter
} from "./chunk-Y6WF7OWO.js";
import {
  rules
} from "./chunk-5IXGRP3U.js";
import "./chunk-ZVG72AOF.js";
import "./chunk-WJ6IEH7K.js";
import "./chunk-PAOTDFJA.js";
import "./chunk-SJCAQ7XX.js";
import "./chunk-6PYDH3F2.js";
import "./chunk-X5KLIAUZ.js";
import "./chunk-CF5XUJSA.js";
import "./chunk-3ZD6NAYW.js";
import "./chunk-2KFSXN4S.js";
import "./chunk-IM27OMVQ.js";
import "./chunk-QT3HEQTC.js";
import "./chunk-B7WBKTUZ.js";
import "./chunk-KUTWBDCN.js";
import "./chunk-XQ5F77BK.js";
import "./chunk-M76VOUPA.js";
import "./chunk-43ZN7OJG.js";
import "./chunk-3FTHRNJ3.js";
import "./chunk-GKTIIADT.js";
import "./chunk-SA54A4J5.js";
import "./chunk-53HZWLIM.js";
import "./chunk-V6RCFZBW.js";
import "./chunk-GUFCJFET.js";
import "./chunk-4ZREUDJT.js";
import "./chunk-WOEFUGMB.js";
import "./chunk-FWFPAZW2.js";
import "./chunk-3XBJ2GZ2.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-NHBPTZTT.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-EKTD4TXU.js";
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
