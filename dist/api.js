import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-2CKOBIWB.js";
import "./chunk-U5NURQVZ.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-R36AYE6C.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-GW2UTNNA.js";
import {
  preset_default
} from "./chunk-5HUEFGB5.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-ZR5AZFX2.js";
import "./chunk-NEOXYRJN.js";
import {
  createLinter
} from "./chunk-NMJKTC52.js";
import {
  rules
} from "./chunk-XU7WZ4RP.js";
import "./chunk-ZVOTPVFT.js";
import "./chunk-UQH4OYXO.js";
import "./chunk-GPJPZHKU.js";
import "./chunk-LTK4LCM7.js";
import "./chunk-AFZBCIFB.js";
import "./chunk-KDXCGKGG.js";
import "./chunk-DW3WDYPE.js";
import "./chunk-C5PIZPPN.js";
import "./chunk-E6TG7T7H.js";
import "./chunk-R3ZFLKDQ.js";
import "./chunk-WPY5NG3D.js";
import "./chunk-IAC2BFJR.js";
import "./chunk-47ADU3SD.js";
import "./chunk-JLU6ETJ3.js";
import "./chunk-7BCPYVFB.js";
import "./chunk-YAQQDIVU.js";
import "./chunk-HA7BOQEE.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-VCFHFZZB.js";
import "./chunk-53HZWLIM.js";
import "./chunk-CLJL235Y.js";
import "./chunk-Y4SV3HR5.js";
import "./chunk-JBHS2IUU.js";
import "./chunk-TMNESRJF.js";
import "./chunk-SSULD4FC.js";
import "./chunk-NVI3AOA3.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-KN5WREKU.js";
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
