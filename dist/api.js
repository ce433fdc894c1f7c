import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-JPMW3CSN.js";
import "./chunk-VJYL727C.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-CO3X2IM7.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-I7Y5AEYI.js";
import {
  preset_default
} from "./chunk-GRXM2R5J.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-437BRE6G.js";
import "./chunk-H575NI4W.js";
import {
  createLinter
} from "./chunk-2RNBUDDS.js";
import {
  rules
} from "./chunk-OEMNOQRO.js";
import "./chunk-V5CTUN6U.js";
import "./chunk-PLKIHNL5.js";
import "./chunk-3VZWPZGX.js";
import "./chunk-OUXEVF3F.js";
import "./chunk-GEBMVDCS.js";
import "./chunk-AYZUCFG5.js";
import "./chunk-Q3E3MFET.js";
import "./chunk-VSCJOT6Z.js";
import "./chunk-CL6BITGJ.js";
import "./chunk-RZH3IDIX.js";
import "./chunk-UB7U63XY.js";
import "./chunk-UBDCQSSD.js";
import "./chunk-KLOGVAWT.js";
import "./chunk-2KZSE6MF.js";
import "./chunk-QHXCHMBH.js";
import "./chunk-PPWFLN5F.js";
import "./chunk-D62YKLWL.js";
import "./chunk-GKTIIADT.js";
import "./chunk-HDNHALO7.js";
import "./chunk-53HZWLIM.js";
import "./chunk-TDO6SFE4.js";
import "./chunk-VU5WK3OY.js";
import "./chunk-WK3LLTD3.js";
import "./chunk-2ZM6JMQC.js";
import "./chunk-XPJ22TCL.js";
import "./chunk-DWK4YS5X.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-CP6F4YK7.js";
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
