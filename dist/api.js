import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-7BTJZLPT.js";
import "./chunk-QDSJ34GR.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-JWHHPEZ5.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-4N5UTOOH.js";
import {
  preset_default
} from "./chunk-ZA2GFYMB.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-EC5JESTX.js";
import "./chunk-OQNZ7JX7.js";
import {
  createLinter
} from "./chunk-IEJIL422.js";
import {
  rules
} from "./chunk-FNYYNABZ.js";
import "./chunk-4VJZOS3F.js";
import "./chunk-GF2Y36IN.js";
import "./chunk-DWTOHATU.js";
import "./chunk-T5QAIOPO.js";
import "./chunk-MWQK753Q.js";
import "./chunk-QZX7MKPX.js";
import "./chunk-YKRCBCOV.js";
import "./chunk-T6XNMID5.js";
import "./chunk-6RZIMGLL.js";
import "./chunk-I3PNXRQK.js";
import "./chunk-IJXF2FW7.js";
import "./chunk-2MTGPQ7B.js";
import "./chunk-MJ2ZRFAS.js";
import "./chunk-RFFU4ADY.js";
import "./chunk-N5P76BGV.js";
import "./chunk-XG5J6ZGV.js";
import "./chunk-QXY4UICD.js";
import "./chunk-GKTIIADT.js";
import "./chunk-IVPYKG32.js";
import "./chunk-53HZWLIM.js";
import "./chunk-QQW65DXP.js";
import "./chunk-WWB5QMT7.js";
import "./chunk-FUH457OI.js";
import "./chunk-2OABDISN.js";
import "./chunk-BHHSUYU5.js";
import "./chunk-4DQPNVMK.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-JVCCDYP2.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-TXZLK2KV.js";
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
