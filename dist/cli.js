#!/usr/bin/env node
import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  main
} from "./chunk-QQAU425U.js";
import "./chunk-RAPS32ID.js";
import "./chunk-ZW53STBM.js";
import "./chunk-24O4NK5D.js";
import "./chunk-DW7D6HWD.js";
import "./chunk-OSS6SFSI.js";
import "./chunk-ZT75WLCN.js";
import "./chunk-PLFX3MPW.js";
import "./chunk-HZ5AC64N.js";
import "./chunk-UKQHJWXX.js";
import "./chunk-CX7JWBXV.js";
import "./chunk-MA22LXCU.js";
import "./chunk-KPSVWDNS.js";
import "./chunk-QDGSAW5W.js";
import "./chunk-MZTUONWO.js";
import "./chunk-CULEJ3AS.js";
import "./chunk-KO5X26X3.js";
import "./chunk-3PDO3NFD.js";
import "./chunk-ZGPJTSYY.js";
import "./chunk-ZZRNE56A.js";
import "./chunk-IRLA5P2G.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-IUL7O64V.js";
import "./chunk-2LCDKBJH.js";

// src/cli/bin.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    stream.destroy();
  });
}
process.exitCode = await main(process.argv.slice(2), process.cwd(), {
  stdout: process.stdout,
  stderr: process.stderr
});
