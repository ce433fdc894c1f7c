import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-WUTX4IHV.js";
import "./chunk-O5A3W6PQ.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-LCDEUDHZ.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-JFFMMSUC.js";
import {
  preset_default
} from "./chunk-TUP6QSEA.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-SMEG23WD.js";
import "./chunk-F7T7KVUL.js";
import {
  createLinter
} from "./chunk-C7AQN4MW.js";
import {
  rules
} from "./chunk-UOKJAVBA.js";
import "./chunk-ITKTMJQD.js";
import "./chunk-6GWABCWU.js";
import "./chunk-IUVQ37RB.js";
import "./chunk-VHHAPOVP.js";
import "./chunk-GP5W2DSB.js";
import "./chunk-EXN73XRN.js";
import "./chunk-CU3TK4T3.js";
import "./chunk-VI5LLHUE.js";
import "./chunk-2WALKSXC.js";
import "./chunk-UI4PSLY2.js";
import "./chunk-JGT4LUKB.js";
import "./chunk-Q2NBBFB3.js";
import "./chunk-IKZAL5D7.js";
import "./chunk-42V7MZX2.js";
import "./chunk-PGUHYY5N.js";
import "./chunk-3I6KN7OG.js";
import "./chunk-LMJNAH4Q.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-ORBNKV6W.js";
import "./chunk-53HZWLIM.js";
import "./chunk-QO4THOEZ.js";
import "./chunk-OS22EK3V.js";
import "./chunk-SDNQL6GO.js";
import "./chunk-56232XSX.js";
import "./chunk-ATCSKGMG.js";
import "./chunk-ZT4W6VJ2.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-MGU3OUNH.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-FBHDF4ML.js";
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
