import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-F7T7KVUL.js";
import {
  createLinter
} from "./chunk-C7AQN4MW.js";
import "./chunk-UOKJAVBA.js";
import "./chunk-ITKTMJQD.js";
import "./chunk-6GWABCWU.js";
import "./chunk-IUVQ37RB.js";
import "./chunk-VHHAPOVP.js";
import "./chunk-GP5W2DSB.js";
import "./chunk-EXN73XRN.js";
import "./chunk-CU3TK4T3.js";
import "./chunk-VI5LLHUE.js";
import "./chunk-2WALKSXC.js";
import "./chunk-UI4PSLY2.js";
import "./chunk-JGT4LUKB.js";
import "./chunk-Q2NBBFB3.js";
import "./chunk-IKZAL5D7.js";
import "./chunk-42V7MZX2.js";
import "./chunk-PGUHYY5N.js";
import "./chunk-3I6KN7OG.js";
import "./chunk-LMJNAH4Q.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-ORBNKV6W.js";
import "./chunk-53HZWLIM.js";
import "./chunk-QO4THOEZ.js";
import "./chunk-OS22EK3V.js";
import "./chunk-SDNQL6GO.js";
import "./chunk-56232XSX.js";
import "./chunk-ATCSKGMG.js";
import "./chunk-ZT4W6VJ2.js";
import "./chunk-MGU3OUNH.js";
import "./chunk-FBHDF4ML.js";

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
