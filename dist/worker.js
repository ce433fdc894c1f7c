import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-4L2YDCTB.js";
import {
  createLinter
} from "./chunk-CP3RCP3N.js";
import "./chunk-XPXUKXSO.js";
import "./chunk-BCFZQDTE.js";
import "./chunk-DLQRGB6S.js";
import "./chunk-STADQOPN.js";
import "./chunk-SCLZDP3E.js";
import "./chunk-AQDPBXBR.js";
import "./chunk-UPLMLEQC.js";
import "./chunk-C4YZZ43Y.js";
import "./chunk-JC3BYXDN.js";
import "./chunk-EQXBTWQ4.js";
import "./chunk-OFHOHQP4.js";
import "./chunk-KO5X26X3.js";
import "./chunk-FPZDOWBL.js";
import "./chunk-TS3OGHJ5.js";
import "./chunk-UTHEMFV4.js";
import "./chunk-SD3MOEYK.js";
import "./chunk-TDGD56PB.js";
import "./chunk-S6UDPPFN.js";
import "./chunk-KPY72VSW.js";
import "./chunk-LFZZTT4U.js";
import "./chunk-FIZYV46F.js";
import "./chunk-3VVS6DUI.js";
import "./chunk-JZVOW2DQ.js";
import "./chunk-HG3U4HY2.js";
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
