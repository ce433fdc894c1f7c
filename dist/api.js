import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-PIHPTRFB.js";
import "./chunk-KCV3W5TS.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-J4WJSEPG.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-LW5AO7LY.js";
import {
  preset_default
} from "./chunk-FG2O64XD.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-Z5332MT4.js";
import "./chunk-MQ5E77Q6.js";
import {
  createLinter
} from "./chunk-J3QEZ2NV.js";
import {
  rules
} from "./chunk-3J4FMIAK.js";
import "./chunk-WYL4PZA7.js";
import "./chunk-L2TKJW2Y.js";
import "./chunk-7FH6VHFA.js";
import "./chunk-PESGKF32.js";
import "./chunk-3JUARHIC.js";
import "./chunk-3UTMNNPH.js";
import "./chunk-PPBTTT6L.js";
import "./chunk-KTDHTRSZ.js";
import "./chunk-HJHDPX7Q.js";
import "./chunk-U5IAAJ7C.js";
import "./chunk-N3ES3TKE.js";
import "./chunk-FX4O6OJT.js";
import "./chunk-6EEP6FZ3.js";
import "./chunk-ZHFBGSFO.js";
import "./chunk-NUFCQQDY.js";
import "./chunk-BJR7DYSK.js";
import "./chunk-PKMIXQNU.js";
import "./chunk-GKTIIADT.js";
import "./chunk-C6JE42CF.js";
import "./chunk-53HZWLIM.js";
import "./chunk-JMN2YUT5.js";
import "./chunk-4L3BHLXX.js";
import "./chunk-UKZ3HZAO.js";
import "./chunk-YAVZO3H5.js";
import "./chunk-AVH6F2DS.js";
import "./chunk-RDVXZHXN.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-4X4KD2YE.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-YOO7I2IZ.js";
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
