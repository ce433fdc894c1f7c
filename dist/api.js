import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-PEXVM33T.js";
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
} from "./chunk-4XZK4KXI.js";
import {
  preset_default
} from "./chunk-B4BNXUCK.js";
import "./chunk-ENLBN4ZP.js";
import {
  createLinter
} from "./chunk-66CU2MOU.js";
import "./chunk-3H3O6AHV.js";
import {
  rules
} from "./chunk-55G73H7U.js";
import "./chunk-GH23U4YO.js";
import "./chunk-HYOGNWIY.js";
import "./chunk-TYYBM6OE.js";
import "./chunk-VJ2AHM42.js";
import "./chunk-MT5FHDLM.js";
import "./chunk-PDZCGZNP.js";
import "./chunk-IERJYUMS.js";
import "./chunk-XWTB6663.js";
import "./chunk-ZLZ54VAD.js";
import "./chunk-MTDYU2DC.js";
import "./chunk-KO5X26X3.js";
import "./chunk-IUDGUNWA.js";
import "./chunk-DNBOHKJR.js";
import "./chunk-XKFPARCZ.js";
import "./chunk-AIG24TX4.js";
import "./chunk-67FGQ3LH.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-54IUAECM.js";
import {
  collectFiles,
  findSuites,
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-TVZXQZX6.js";

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
