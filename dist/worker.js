import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-PALSTC26.js";
import {
  createLinter
} from "./chunk-PWDYQ3HX.js";
import "./chunk-E4MOWE5I.js";
import "./chunk-LPN5EHXS.js";
import "./chunk-HPWEHONU.js";
import "./chunk-GVUHE4KQ.js";
import "./chunk-2YTPKJB6.js";
import "./chunk-E5YCAUJV.js";
import "./chunk-7YHKNQNH.js";
import "./chunk-2F2EFSIE.js";
import "./chunk-IUV6CKZZ.js";
import "./chunk-KO5X26X3.js";
import "./chunk-5D6ROKVD.js";
import "./chunk-AWN4YNUU.js";
import "./chunk-GHFSU3H7.js";
import "./chunk-XMNXJCFP.js";
import "./chunk-QIV7YVB6.js";
import "./chunk-WYSORGWH.js";
import "./chunk-OEWEMS4W.js";
import "./chunk-NNOIWR4C.js";
import "./chunk-PQW32KD2.js";
import "./chunk-WDJL5SIZ.js";
import "./chunk-GH5CIICH.js";
import "./chunk-WKKDVJYJ.js";
import "./chunk-QOULOFQT.js";
import "./chunk-GH6OKYX3.js";
import "./chunk-RSQXDE6I.js";
import "./chunk-63AJYI2E.js";
import "./chunk-EX7H2NOR.js";

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
