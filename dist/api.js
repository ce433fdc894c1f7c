import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-QQAU425U.js";
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
} from "./chunk-RAPS32ID.js";
import {
  preset_default
} from "./chunk-LNAWETZO.js";
import "./chunk-ZW53STBM.js";
import {
  createLinter
} from "./chunk-24O4NK5D.js";
import "./chunk-DW7D6HWD.js";
import {
  rules
} from "./chunk-OSS6SFSI.js";
import "./chunk-ZT75WLCN.js";
import "./chunk-PLFX3MPW.js";
import "./chunk-HZ5AC64N.js";
import "./chunk-UKQHJWXX.js";
import "./chunk-CX7JWBXV.js";
import "./chunk-MA22LXCU.js";
import "./chunk-KPSVWDNS.js";
import "./chunk-QDGSAW5W.js";
import "./chunk-MZTUONWO.js";
import "./chunk-CULEJ3AS.js";
import "./chunk-KO5X26X3.js";
import "./chunk-3PDO3NFD.js";
import "./chunk-ZGPJTSYY.js";
import "./chunk-ZZRNE56A.js";
import "./chunk-IRLA5P2G.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-IUL7O64V.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  formatName,
  isPromptFileName,
  parsePromptName,
  readFacts
} from "./chunk-2LCDKBJH.js";
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
