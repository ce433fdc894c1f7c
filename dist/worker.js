import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-C6FXVC2V.js";
import {
  createLinter
} from "./chunk-RU5NWIHV.js";
import "./chunk-PVCSV4SG.js";
import "./chunk-WYFFC4AN.js";
import "./chunk-EGUKGLS2.js";
import "./chunk-5OJDJOXI.js";
import "./chunk-FHFYUKX4.js";
import "./chunk-N4BAKGM6.js";
import "./chunk-AHJL2S5M.js";
import "./chunk-SYASSHXA.js";
import "./chunk-VJA2M56W.js";
import "./chunk-3P6NC7O2.js";
import "./chunk-6ZB3L2KM.js";
import "./chunk-KO5X26X3.js";
import "./chunk-BRAKG6IS.js";
import "./chunk-34H65AP7.js";
import "./chunk-GOH637LS.js";
import "./chunk-HSDQEMQQ.js";
import "./chunk-VGZ4U4UT.js";
import "./chunk-HS5YQFME.js";
import "./chunk-DAL4WF3Q.js";
import "./chunk-MCGTR5CH.js";
import "./chunk-WMV3WFDP.js";
import "./chunk-EFXJL473.js";
import "./chunk-EEYYNJP7.js";
import "./chunk-5QHFDMPG.js";
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
