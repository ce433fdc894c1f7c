import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-UHTMFMNA.js";
import "./chunk-T64XDPED.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-HKEQEFI3.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-3U24MSH5.js";
import {
  preset_default
} from "./chunk-5HO5J25L.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-6ZI4U5MO.js";
import "./chunk-YZKIJUS2.js";
import {
  createLinter
} from "./chunk-DFBQQQEU.js";
import {
  rules
} from "./chunk-VILLUCTA.js";
import "./chunk-R7WENA5X.js";
import "./chunk-UWBASXIB.js";
import "./chunk-56GIREO4.js";
import "./chunk-O5VPX7TM.js";
import "./chunk-XPGV7J33.js";
import "./chunk-JJVZTHQT.js";
import "./chunk-ZZ3PEJ2J.js";
import "./chunk-MLGDXHIS.js";
import "./chunk-CJNFINFB.js";
import "./chunk-EJMQVAV5.js";
import "./chunk-RXRBJEGL.js";
import "./chunk-Q46CMGAY.js";
import "./chunk-XKGL4KD5.js";
import "./chunk-VTXOO724.js";
import "./chunk-MPIVDZ3J.js";
import "./chunk-7UW73LDC.js";
import "./chunk-ZUSCECTY.js";
import "./chunk-GKTIIADT.js";
import "./chunk-EMUUPQEZ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-VLHA7LA5.js";
import "./chunk-ZLH727K4.js";
import "./chunk-VWCZCUDR.js";
import "./chunk-4K52PE4Z.js";
import "./chunk-AZKDRKH3.js";
import "./chunk-GVLFWA5A.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-JY3AZZE5.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-WX6H6K7W.js";
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
