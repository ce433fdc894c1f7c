import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-YTZVNEKN.js";
import {
  createLinter
} from "./chunk-ZFOTVFBN.js";
import "./chunk-WA2Z55HZ.js";
import "./chunk-4E3FVK2D.js";
import "./chunk-RQVTHQOE.js";
import "./chunk-6ESEEOH2.js";
import "./chunk-M4BAN3TJ.js";
import "./chunk-ZQU3I6XW.js";
import "./chunk-BBEO2YJS.js";
import "./chunk-AJ7HJVIU.js";
import "./chunk-QYQS2F4F.js";
import "./chunk-OQVBQAI5.js";
import "./chunk-Y5XKJHBC.js";
import "./chunk-NKWUV2ZN.js";
import "./chunk-3GMOHWU4.js";
import "./chunk-24S6S6FY.js";
import "./chunk-ZUZJHD2X.js";
import "./chunk-6IH4K3L4.js";
import "./chunk-CDLEUFV5.js";
import "./chunk-WDBWDMAU.js";
import "./chunk-GKTIIADT.js";
import "./chunk-MWMIVKEJ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-KN2R2ZRM.js";
import "./chunk-P2WHBZ3P.js";
import "./chunk-2VKVKHNC.js";
import "./chunk-OPWVRUWC.js";
import "./chunk-YCUD64X6.js";
import "./chunk-RMCFUR5C.js";
import "./chunk-SKDX4WDE.js";
import "./chunk-QHT7BCVZ.js";

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
