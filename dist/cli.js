#!/usr/bin/env node
import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-SCH76AGK.js";
import "./chunk-XKGPULJN.js";
import "./chunk-4AX7YMES.js";
import "./chunk-7WWZRU2M.js";
import "./chunk-D2SPQTQO.js";
import "./chunk-CIJ5DWCP.js";
import "./chunk-AGE676GH.js";
import "./chunk-JIZXXQ6A.js";
import "./chunk-5ZTIWO2G.js";
import "./chunk-SWRTSPPT.js";
import "./chunk-S6VVF7VB.js";
import "./chunk-RUFUIMDS.js";
import "./chunk-RNRMBIJK.js";
import "./chunk-CQUTERAG.js";
import "./chunk-USC7VVZG.js";
import "./chunk-B74PZBOX.js";
import "./chunk-KO5X26X3.js";
import "./chunk-TPDSB7FF.js";
import "./chunk-I3B233A7.js";
import "./chunk-NWESJMVQ.js";
import "./chunk-OOGCL7AJ.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-O3GM6ELE.js";
import "./chunk-YVEI4MHU.js";

// src/cli/bin.ts
process.exitCode = await main(process.argv.slice(2), process.cwd(), {
  stdout: process.stdout,
  stderr: process.stderr
});
