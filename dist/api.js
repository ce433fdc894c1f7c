import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-KWRAYYGT.js";
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
} from "./chunk-QT2RCTDQ.js";
import {
  preset_default
} from "./chunk-SRM6SFRW.js";
import "./chunk-QU2NT5NR.js";
import {
  createLinter
} from "./chunk-PLTL5UU2.js";
import "./chunk-ES6WVUBO.js";
import {
  rules
} from "./chunk-A4CAAVKC.js";
import "./chunk-VKA7GP7N.js";
import "./chunk-2LIZ2ULH.js";
import "./chunk-5U7IVFK7.js";
import "./chunk-4COT3G7Q.js";
import "./chunk-MHMHKKSX.js";
import "./chunk-UNXN25AW.js";
import "./chunk-GSHDJ3ZX.js";
import "./chunk-VOQBKORV.js";
import "./chunk-BOL4C6JO.js";
import "./chunk-UWCE6TRK.js";
import "./chunk-KO5X26X3.js";
import "./chunk-G32VHTQR.js";
import "./chunk-7VW7UVA7.js";
import "./chunk-XKFPARCZ.js";
import "./chunk-PWSOPUOL.js";
import "./chunk-7RBVBWQ7.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-KJFHAO35.js";
import {
  collectFiles,
  findSuites,
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-2SORB2O6.js";

// src/suite.ts
var listings = /* @__PURE__ */ new Map();
var suites = /* @__PURE__ */ new Map();
function clearSuiteCache() {
  listings.clear();
  suites.clear();
}
export {
  ConfigError,
  clearSuiteCache,
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
  reporters,
  rules,
  sarif,
  stylish
};
