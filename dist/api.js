import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-QQXYHUWK.js";
import "./chunk-3ZRJ47JJ.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-XQ7VDLHY.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-SUOBYUMD.js";
import {
  preset_default
} from "./chunk-BF6OKV3H.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-HGVISFT6.js";
import "./chunk-3S7O3RDO.js";
import {
  createLinter
} from "./chunk-JD4NXQIO.js";
import {
  rules
} from "./chunk-R3BDODJF.js";
import "./chunk-JT7VMKOG.js";
import "./chunk-5IQBHS2V.js";
import "./chunk-6U6TBAO3.js";
import "./chunk-BZDSGFYG.js";
import "./chunk-HUZH4OPH.js";
import "./chunk-ZZKKFEG4.js";
import "./chunk-D54A35P7.js";
import "./chunk-55ISEL7M.js";
import "./chunk-CGXQBUXF.js";
import "./chunk-MW3WR7YD.js";
import "./chunk-W3GUXGE4.js";
import "./chunk-VJ4O2YES.js";
import "./chunk-D5XN7IC4.js";
import "./chunk-3HC3ZVKI.js";
import "./chunk-JQUXNMVX.js";
import "./chunk-YRPTMAFX.js";
import "./chunk-LM3GUP46.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-7EBWQW4A.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SBOISAND.js";
import "./chunk-KJAWFNOH.js";
import "./chunk-GCVWE2QS.js";
import "./chunk-QEKR4OHW.js";
import "./chunk-AFVFNHZA.js";
import "./chunk-M2M4E7IA.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-AGFAG4TF.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-FBHDF4ML.js";
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
