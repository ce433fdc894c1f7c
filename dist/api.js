import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-SCH76AGK.js";
import {
  ConfigError,
  configSchema,
  formatNames,
  github,
  json,
  loadConfig,
  reporters,
  sarif,
  stylish
} from "./chunk-XKGPULJN.js";
import {
  preset_default
} from "./chunk-3VFFNSJU.js";
import "./chunk-4AX7YMES.js";
import {
  createLinter
} from "./chunk-7WWZRU2M.js";
import "./chunk-D2SPQTQO.js";
import {
  rules
} from "./chunk-CIJ5DWCP.js";
import "./chunk-AGE676GH.js";
import "./chunk-JIZXXQ6A.js";
import "./chunk-5ZTIWO2G.js";
import "./chunk-SWRTSPPT.js";
import "./chunk-S6VVF7VB.js";
import "./chunk-RUFUIMDS.js";
import "./chunk-RNRMBIJK.js";
import "./chunk-CQUTERAG.js";
import "./chunk-USC7VVZG.js";
import "./chunk-B74PZBOX.js";
import "./chunk-KO5X26X3.js";
import "./chunk-TPDSB7FF.js";
import "./chunk-I3B233A7.js";
import "./chunk-NWESJMVQ.js";
import "./chunk-OOGCL7AJ.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-O3GM6ELE.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  formatName,
  isPromptFileName,
  parsePromptName,
  readFacts
} from "./chunk-YVEI4MHU.js";
export {
  ConfigError,
  SuiteModel,
  collectFiles,
  configSchema,
  createLinter,
  findSuites,
  formatName,
  formatNames,
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
  stylish
};
