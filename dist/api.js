import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-HN3X6BCV.js";
import "./chunk-DERI2WSF.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-NRCOVSLC.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-NMH6XDUB.js";
import {
  preset_default
} from "./chunk-KCIT3XJQ.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-GSP42HUG.js";
import "./chunk-CJSCFIWJ.js";
import {
  createLinter
} from "./chunk-XO2PNVSE.js";
import {
  rules
} from "./chunk-RS74NPOA.js";
import "./chunk-IO7BKVAC.js";
import "./chunk-5NFPM4ND.js";
import "./chunk-2XL5BLQM.js";
import "./chunk-GT2QZ2L7.js";
import "./chunk-7TZUU3G2.js";
import "./chunk-ZRCJABPW.js";
import "./chunk-B7U5JCNB.js";
import "./chunk-JWZIZWM7.js";
import "./chunk-ABU7TVJF.js";
import "./chunk-MFE4NILN.js";
import "./chunk-RGHYL375.js";
import "./chunk-F7VOBKUU.js";
import "./chunk-Q6IIWLEE.js";
import "./chunk-F3FZXTUO.js";
import "./chunk-3BVYZH67.js";
import "./chunk-6F3LKC6U.js";
import "./chunk-KDQENFOB.js";
import "./chunk-GKTIIADT.js";
import "./chunk-6CSG3E5O.js";
import "./chunk-53HZWLIM.js";
import "./chunk-WXADRWH6.js";
import "./chunk-M4Z7LGSJ.js";
import "./chunk-EXZSU6UW.js";
import "./chunk-HBJE5B6C.js";
import "./chunk-NB5ATDQA.js";
import "./chunk-52K5BM73.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-5AO7PUDY.js";
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
