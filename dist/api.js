import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-RZJPKIWA.js";
import "./chunk-GHFT2UB3.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-QPDMG5SP.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-EXK2KOT3.js";
import {
  preset_default
} from "./chunk-OHFGZQEA.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-FRETXAQQ.js";
import "./chunk-GZCFP77Y.js";
import {
  createLinter
} from "./chunk-N6FMMVDZ.js";
import {
  rules
} from "./chunk-ZTOSRUBL.js";
import "./chunk-IFDSQIFL.js";
import "./chunk-J7VBF3CU.js";
import "./chunk-WQML42FS.js";
import "./chunk-HI5HQYK4.js";
import "./chunk-TSQA2NM6.js";
import "./chunk-GSD2PPAU.js";
import "./chunk-RFDRHPIW.js";
import "./chunk-PP3DRRIT.js";
import "./chunk-JX2PRFAE.js";
import "./chunk-ZMU52FUJ.js";
import "./chunk-DVAPFQID.js";
import "./chunk-IXN7LBKV.js";
import "./chunk-XBECEUJY.js";
import "./chunk-GP5LLZ5T.js";
import "./chunk-CIUWBUEJ.js";
import "./chunk-SUM66SDB.js";
import "./chunk-5GVPCXOH.js";
import "./chunk-GKTIIADT.js";
import "./chunk-T5UP5D3U.js";
import "./chunk-53HZWLIM.js";
import "./chunk-U4GGQCTL.js";
import "./chunk-S2F2XFVG.js";
import "./chunk-JE5GDUEH.js";
import "./chunk-QOBHTGTG.js";
import "./chunk-XIIQWKHQ.js";
import "./chunk-RUMGUBSP.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-QVWIHFDH.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";
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
