import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-VAAUDZVR.js";
import {
  createLinter
} from "./chunk-OEV7Y3KH.js";
import "./chunk-IGLHMS34.js";
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
import "./chunk-WGKZKMPO.js";

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
