import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-WIOOWLJX.js";
import {
  main
} from "./chunk-KPUXY3AZ.js";
import "./chunk-T6EJXEYT.js";
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
} from "./chunk-DS35444P.js";
import {
  preset_default
} from "./chunk-PLUE7HPI.js";
import "./chunk-C6FXVC2V.js";
import {
  createLinter
} from "./chunk-RU5NWIHV.js";
import "./chunk-PVCSV4SG.js";
import {
  rules
} from "./chunk-WYFFC4AN.js";
import "./chunk-EGUKGLS2.js";
import "./chunk-5OJDJOXI.js";
import "./chunk-FHFYUKX4.js";
import "./chunk-N4BAKGM6.js";
import "./chunk-AHJL2S5M.js";
import "./chunk-SYASSHXA.js";
import "./chunk-VJA2M56W.js";
import "./chunk-3P6NC7O2.js";
import "./chunk-6ZB3L2KM.js";
import "./chunk-KO5X26X3.js";
import "./chunk-BRAKG6IS.js";
import "./chunk-34H65AP7.js";
import "./chunk-GOH637LS.js";
import "./chunk-HSDQEMQQ.js";
import "./chunk-VGZ4U4UT.js";
import "./chunk-HS5YQFME.js";
import "./chunk-DAL4WF3Q.js";
import "./chunk-MCGTR5CH.js";
import "./chunk-WMV3WFDP.js";
import "./chunk-EFXJL473.js";
import "./chunk-EEYYNJP7.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-5QHFDMPG.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-YEZTWO7G.js";
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
