import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-WKNUIA7J.js";
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
} from "./chunk-NC4PKZCE.js";
import {
  preset_default
} from "./chunk-W72Q5FIG.js";
import "./chunk-VAAUDZVR.js";
import {
  collectFiles,
  createLinter,
  findSuites
} from "./chunk-OEV7Y3KH.js";
import {
  rules
} from "./chunk-IGLHMS34.js";
import "./chunk-EDLXPEPE.js";
import "./chunk-VG2PN4FA.js";
import "./chunk-Y4ABQFA3.js";
import "./chunk-5J3QRL4D.js";
import "./chunk-3JIAOJIU.js";
import "./chunk-ZRGQPL7R.js";
import "./chunk-ERTPB3UP.js";
import "./chunk-SPOZW7U6.js";
import "./chunk-65HEJVHH.js";
import "./chunk-7ZYJUUSS.js";
import "./chunk-U2WDZUKM.js";
import "./chunk-OS257AV3.js";
import "./chunk-WP3TK7QM.js";
import "./chunk-POCETTUW.js";
import {
  clearSuiteCache,
  formatName,
  isPromptFileName,
  parsePromptName
} from "./chunk-WGKZKMPO.js";
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
