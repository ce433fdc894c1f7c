import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-YZBDI6XO.js";
import {
  createLinter
} from "./chunk-XUS2QRBR.js";
import "./chunk-ACP7Y7WL.js";
import "./chunk-PEKRDFXW.js";
import "./chunk-AA4PEAYE.js";
import "./chunk-HNXGGC6U.js";
import "./chunk-K4RPSCMU.js";
import "./chunk-E2KHQHOI.js";
import "./chunk-INWIS37Q.js";
import "./chunk-7NKIVUTP.js";
import "./chunk-A2Z6LB77.js";
import "./chunk-3ZE7S6BT.js";
import "./chunk-DIIR52IT.js";
import "./chunk-KO5X26X3.js";
import "./chunk-VIS65QDF.js";
import "./chunk-NVRXVJTG.js";
import "./chunk-QV5YV7F3.js";
import "./chunk-TBSH7L43.js";
import "./chunk-3GGX5ZV3.js";
import "./chunk-U3FXPJTS.js";
import "./chunk-5X7IFXMB.js";
import "./chunk-KSBFATWC.js";
import "./chunk-FIJN6QS4.js";
import "./chunk-GMDYCI2B.js";
import "./chunk-SRMGLPV6.js";
import "./chunk-BCYO5FHX.js";
import "./chunk-YEZTWO7G.js";

// src/engine/worker.ts
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
