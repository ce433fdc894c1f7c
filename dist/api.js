import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-EELPC7YP.js";
import "./chunk-UQJJOJVD.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-UOLADJLF.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-4QWKMXCV.js";
import {
  preset_default
} from "./chunk-OROIGE67.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-TK6LUZPL.js";
import "./chunk-NIBMZKG4.js";
import {
  createLinter
} from "./chunk-XY4ZFXM3.js";
import {
  rules
} from "./chunk-RR6PW6DX.js";
import "./chunk-A4OCW4J6.js";
import "./chunk-A7LML2XG.js";
import "./chunk-KKOQRU6G.js";
import "./chunk-W66Q635G.js";
import "./chunk-LT2VY6AO.js";
import "./chunk-MNKEG6UV.js";
import "./chunk-K3OHVEEL.js";
import "./chunk-QV5QXKYT.js";
import "./chunk-UXPMHZQX.js";
import "./chunk-YLGAIHRZ.js";
import "./chunk-NAFN7BLN.js";
import "./chunk-XLLCAH66.js";
import "./chunk-2WMIV62R.js";
import "./chunk-2FDCEEZ3.js";
import "./chunk-XPB2MLMN.js";
import "./chunk-VMQDZCDL.js";
import "./chunk-RUAJBLEN.js";
import "./chunk-GKTIIADT.js";
import "./chunk-N2V6KQPC.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SAI2FFS5.js";
import "./chunk-SYEFC4JF.js";
import "./chunk-KGZDAZV4.js";
import "./chunk-NDWXXL25.js";
import "./chunk-LSWPTOB3.js";
import "./chunk-HZPLCIXO.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-W3BLVKRZ.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-CDIDJOQP.js";
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
