import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-QOXYCVG3.js";
import "./chunk-3EN652QU.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-3UHPOOP7.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-R2DSOB4L.js";
import {
  preset_default
} from "./chunk-DSY47HCL.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-LQEMYA7S.js";
import "./chunk-APVLSLCM.js";
import {
  createLinter
} from "./chunk-VFDZKZKN.js";
import {
  rules
} from "./chunk-3ZKJK3J4.js";
import "./chunk-HHJNL3OJ.js";
import "./chunk-OLCFWSUG.js";
import "./chunk-UPEWVXYQ.js";
import "./chunk-KVDGDFV6.js";
import "./chunk-CA2YLDUA.js";
import "./chunk-RS5FOTHY.js";
import "./chunk-FPB27IJ3.js";
import "./chunk-25TBVAO3.js";
import "./chunk-P2PQABJ4.js";
import "./chunk-WZNICKRX.js";
import "./chunk-JPDN3IVS.js";
import "./chunk-CVN35SH7.js";
import "./chunk-XCI3IQUC.js";
import "./chunk-KWIM7N23.js";
import "./chunk-DX57UUSN.js";
import "./chunk-ZZPKCN4M.js";
import "./chunk-ETWTD5KR.js";
import "./chunk-GKTIIADT.js";
import "./chunk-O4SI3QCW.js";
import "./chunk-53HZWLIM.js";
import "./chunk-GNLEXSOI.js";
import "./chunk-4ZEVKKRX.js";
import "./chunk-2CX4YEEG.js";
import "./chunk-PKE5HEDP.js";
import "./chunk-PDWCSJ3G.js";
import "./chunk-ITAAAK5F.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-OCDMQTOX.js";
import {
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";
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
