import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-SWVBMUZG.js";
import {
  createLinter
} from "./chunk-S5ZCEF4T.js";
import "./chunk-KF6NA25R.js";
import "./chunk-6C4R6YKA.js";
import "./chunk-ZRAYDIFA.js";
import "./chunk-PPYJPJRE.js";
import "./chunk-7KATO3ZN.js";
import "./chunk-3YZQKGLB.js";
import "./chunk-QADQFG7H.js";
import "./chunk-W5J4USEC.js";
import "./chunk-BK6I24ZP.js";
import "./chunk-VWAJLWSF.js";
import "./chunk-EHWE5XC6.js";
import "./chunk-KO5X26X3.js";
import "./chunk-O5GOQJ4X.js";
import "./chunk-NZ7GIOXS.js";
import "./chunk-TG36YDEM.js";
import "./chunk-XNZ43N7B.js";
import "./chunk-AREESFKZ.js";
import "./chunk-HDVSJKDY.js";
import "./chunk-KD4RAY6F.js";
import "./chunk-G7L6L37F.js";
import "./chunk-VPFVG5HJ.js";
import "./chunk-LFVZOEHY.js";
import "./chunk-X76M2KLY.js";
import "./chunk-FISTF6PN.js";
import "./chunk-7LDA5P3D.js";

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
