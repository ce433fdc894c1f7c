import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-GPB7KFCN.js";
import {
  createLinter
} from "./chunk-BVLZNNLX.js";
import "./chunk-3JRRAYIP.js";
import "./chunk-ZVTFQH2I.js";
import "./chunk-N7CH5PCK.js";
import "./chunk-6NZIRWCE.js";
import "./chunk-BTLEQH7H.js";
import "./chunk-4NGDF4Z5.js";
import "./chunk-Y2KKONHW.js";
import "./chunk-QGZPJGNT.js";
import "./chunk-BXXYSABQ.js";
import "./chunk-G6UTKOGL.js";
import "./chunk-2FDMAPAS.js";
import "./chunk-A27DPQHI.js";
import "./chunk-2P5XTXJN.js";
import "./chunk-M5GJTIQK.js";
import "./chunk-RK3EL5WB.js";
import "./chunk-HP5HCRK7.js";
import "./chunk-WKBCS66D.js";
import "./chunk-R3FFEI3M.js";
import "./chunk-GKTIIADT.js";
import "./chunk-A3WBZMPQ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-BQPP6OIJ.js";
import "./chunk-GLQI3GKW.js";
import "./chunk-CY57JTXS.js";
import "./chunk-4BKQQS6L.js";
import "./chunk-LHU2AK7M.js";
import "./chunk-NETADY5P.js";
import "./chunk-BOLUMWAU.js";
import "./chunk-YO7UGG4C.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData;
var port = parentPort;
var post = (message) => port.postMessage(message);
var queue = new Int32Array(data.queue);
var current = new Int32Array(data.current);
var { styles } = await new Promise((resolve) => port.once("message", resolve));
var linter = createLinter({ ...data.settings, styles }, data.cwd);
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
