import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-ZW53STBM.js";
import {
  createLinter
} from "./chunk-24O4NK5D.js";
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

// src/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData;
var port = parentPort;
var post = (message) => port.postMessage(message);
var queue = new Int32Array(data.queue);
var current = new Int32Array(data.current);
var linter = createLinter(data.settings, data.cwd);
async function run() {
  for (; ; ) {
    const start = Atomics.add(queue, 0, 1) * data.chunkSize;
    if (start >= data.files.length) break;
    const end = Math.min(start + data.chunkSize, data.files.length);
    const results = [];
    for (let index = start; index < end; index++) {
      Atomics.store(current, data.slot, index);
      try {
        results.push(toTransfer(await linter.lint(data.files[index])));
      } catch (error) {
        post({
          type: "error",
          index,
          message: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : void 0
        });
        return;
      }
    }
    Atomics.store(current, data.slot, -1);
    post({ type: "chunk", start, results });
  }
  post({ type: "done" });
}
await run();
