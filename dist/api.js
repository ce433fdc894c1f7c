import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-MCKHKLJ7.js";
import {
  main
} from "./chunk-IEUPC63J.js";
import "./chunk-DGBGJLKF.js";
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
} from "./chunk-B372ETV4.js";
import {
  preset_default
} from "./chunk-N6TAMHOD.js";
import "./chunk-PALSTC26.js";
import {
  createLinter
} from "./chunk-PWDYQ3HX.js";
import "./chunk-E4MOWE5I.js";
import {
  rules
} from "./chunk-LPN5EHXS.js";
import "./chunk-HPWEHONU.js";
import "./chunk-GVUHE4KQ.js";
import "./chunk-2YTPKJB6.js";
import "./chunk-E5YCAUJV.js";
import "./chunk-7YHKNQNH.js";
import "./chunk-2F2EFSIE.js";
import "./chunk-IUV6CKZZ.js";
import "./chunk-KO5X26X3.js";
import "./chunk-5D6ROKVD.js";
import "./chunk-AWN4YNUU.js";
import "./chunk-GHFSU3H7.js";
import "./chunk-XMNXJCFP.js";
import "./chunk-QIV7YVB6.js";
import "./chunk-WYSORGWH.js";
import "./chunk-OEWEMS4W.js";
import "./chunk-NNOIWR4C.js";
import "./chunk-PQW32KD2.js";
import "./chunk-WDJL5SIZ.js";
import "./chunk-GH5CIICH.js";
import "./chunk-WKKDVJYJ.js";
import "./chunk-QOULOFQT.js";
import "./chunk-GH6OKYX3.js";
import "./chunk-RSQXDE6I.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-63AJYI2E.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-EX7H2NOR.js";
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
