import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-UIB6YK5T.js";
import {
  createLinter
} from "./chunk-MGHRFWL5.js";
import "./chunk-H4QCL2TB.js";
import "./chunk-2GP4JZOM.js";
import "./chunk-ENFPLL2M.js";
import "./chunk-C6UUMD7S.js";
import "./chunk-ABAGFBHL.js";
import "./chunk-CCKO4OKE.js";
import "./chunk-PKX2GJOO.js";
import "./chunk-GNLMOMIG.js";
import "./chunk-PYWBLWVL.js";
import "./chunk-ASCROK3S.js";
import "./chunk-MRD73F5R.js";
import "./chunk-KO5X26X3.js";
import "./chunk-R5I75FBH.js";
import "./chunk-4D5TJO2U.js";
import "./chunk-ZMJZDUHC.js";
import "./chunk-5UZOIFRJ.js";
import "./chunk-DESU2UXL.js";
import "./chunk-YBVULJEF.js";
import "./chunk-I2PKKQDR.js";
import "./chunk-OKK4EVTU.js";
import "./chunk-ZIRZRQ3G.js";
import "./chunk-NF6EAOX2.js";
import "./chunk-FJGCWI3Q.js";
import "./chunk-RQZAEZMH.js";
import "./chunk-YLMZ5HZ7.js";

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
