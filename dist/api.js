import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-LLIUAM5I.js";
import "./chunk-HWVVKYJW.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-7XZBUWSY.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-LJHMFKVK.js";
import {
  preset_default
} from "./chunk-GYV2CUZR.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-QIFSSONU.js";
import "./chunk-2NWOHHXK.js";
import {
  createLinter
} from "./chunk-X2CTG4EP.js";
import {
  rules
} from "./chunk-7KKF3SZO.js";
import "./chunk-ZX47ZP63.js";
import "./chunk-AH356IIN.js";
import "./chunk-3M6WECN2.js";
import "./chunk-HWOVEENJ.js";
import "./chunk-SRDYD5LO.js";
import "./chunk-WZEC233Y.js";
import "./chunk-ZIDUCTMH.js";
import "./chunk-QRFPA543.js";
import "./chunk-VCUAVDB5.js";
import "./chunk-EFSQ4HK3.js";
import "./chunk-OVWDIM5G.js";
import "./chunk-FQVGW5I3.js";
import "./chunk-I76HQH6B.js";
import "./chunk-IFOOR7TE.js";
import "./chunk-B4DPF3GE.js";
import "./chunk-WYXS2XZQ.js";
import "./chunk-NF5O6KN5.js";
import "./chunk-GKTIIADT.js";
import "./chunk-ZZ27WIDK.js";
import "./chunk-53HZWLIM.js";
import "./chunk-U4VLOJOM.js";
import "./chunk-VYJJU3R3.js";
import "./chunk-4MZIIXMG.js";
import "./chunk-LWOB22WI.js";
import "./chunk-AK3LS3DJ.js";
import "./chunk-C46MMHOC.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-D2Y76NGA.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-CEDZ37P7.js";
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
