import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-HJ7DOISY.js";
import {
  main
} from "./chunk-XDG3YAW6.js";
import "./chunk-AUPP27SY.js";
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
} from "./chunk-F42J4OF2.js";
import {
  preset_default
} from "./chunk-XLW6MMB2.js";
import "./chunk-QQAIATTZ.js";
import {
  createLinter
} from "./chunk-YQ2USUON.js";
import "./chunk-Y2OQIDN6.js";
import {
  rules
} from "./chunk-7T6R4UZZ.js";
import "./chunk-2GCG3TEF.js";
import "./chunk-JB3KXYBK.js";
import "./chunk-EDWL4JOM.js";
import "./chunk-SDYTB46K.js";
import "./chunk-RRLX672T.js";
import "./chunk-OV2NNVLV.js";
import "./chunk-5EVUJRRL.js";
import "./chunk-2DZLJXUT.js";
import "./chunk-VGUGEDKH.js";
import "./chunk-KO5X26X3.js";
import "./chunk-FTSTLPRN.js";
import "./chunk-JONNG5RU.js";
import "./chunk-GCABOEQB.js";
import "./chunk-UKIEDSLB.js";
import "./chunk-INRJMM3F.js";
import "./chunk-VF4CPKD2.js";
import "./chunk-AXSLFW4E.js";
import "./chunk-M4PXIXSD.js";
import "./chunk-ISCTXA4Z.js";
import "./chunk-ONYK5AV7.js";
import "./chunk-NTER52CY.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-DGWQGGT6.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-YLMZ5HZ7.js";
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
