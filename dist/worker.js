import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-LQRQKCOM.js";
import {
  createLinter
} from "./chunk-RCGLRQAR.js";
import "./chunk-CQ6KILEG.js";
import "./chunk-PUWXFJEG.js";
import "./chunk-4TBXBOSU.js";
import "./chunk-EOK6JS6H.js";
import "./chunk-OXWIR32G.js";
import "./chunk-NNY42LJS.js";
import "./chunk-IGAKANKA.js";
import "./chunk-VEI5BLHK.js";
import "./chunk-ZNW44YNF.js";
import "./chunk-K4LHD2RL.js";
import "./chunk-2IU64YDA.js";
import "./chunk-KO5X26X3.js";
import "./chunk-6PJCKJJQ.js";
import "./chunk-BB3ABF3C.js";
import "./chunk-R4DIYZK4.js";
import "./chunk-I2KKF3KM.js";
import "./chunk-YKOAANS6.js";
import "./chunk-IOVCPA5I.js";
import "./chunk-FQR2JXMW.js";
import "./chunk-EPB4F7TI.js";
import "./chunk-3KDGE45J.js";
import "./chunk-RHIFXZIQ.js";
import "./chunk-7MTNJV3R.js";
import "./chunk-GPUK42N5.js";

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
