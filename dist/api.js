import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-HRO5J3Y4.js";
import "./chunk-PE3DJKGP.js";
import {
  formatTrace,
  formatTraceMarkdown,
  traceCounts,
  traceMatrix
} from "./chunk-TE5YCRFV.js";
import {
  formatNames,
  github,
  json,
  reporters,
  sarif,
  stylish
} from "./chunk-SWYWTRUV.js";
import {
  preset_default
} from "./chunk-P6XI3QKA.js";
import {
  ConfigError,
  configSchema,
  loadConfig
} from "./chunk-AOHFWQFG.js";
import "./chunk-PDBZ5QKG.js";
import {
  createLinter
} from "./chunk-C5QZ2RWE.js";
import {
  rules
} from "./chunk-POUHCISX.js";
import "./chunk-X27EIPQ4.js";
import "./chunk-FENVYEEG.js";
import "./chunk-JU7PM5T7.js";
import "./chunk-QCCYERYC.js";
import "./chunk-OIVVKAMX.js";
import "./chunk-MGT6SFHK.js";
import "./chunk-EK66KWDK.js";
import "./chunk-UYQ4KX5T.js";
import "./chunk-FPUFPBAM.js";
import "./chunk-GAYVUDEF.js";
import "./chunk-QJDMRB7Z.js";
import "./chunk-QERK2WLX.js";
import "./chunk-7S7P6KEP.js";
import "./chunk-H537DXGV.js";
import "./chunk-HNBEFS2D.js";
import "./chunk-AVKAB7AP.js";
import "./chunk-W57JUAIT.js";
import "./chunk-GKTIIADT.js";
import "./chunk-KNXWVQZP.js";
import "./chunk-53HZWLIM.js";
import "./chunk-GPU5GIUC.js";
import "./chunk-PVN6HLLA.js";
import "./chunk-FRDKR7QS.js";
import "./chunk-VCCQJRSM.js";
import "./chunk-BL35BZ2C.js";
import "./chunk-AMVXXBCO.js";
import {
  SuiteModel,
  collectFiles,
  findSuites,
  readFacts
} from "./chunk-QEGP2JS5.js";
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
