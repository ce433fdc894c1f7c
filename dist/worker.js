import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-QQAIATTZ.js";
import {
  createLinter
} from "./chunk-YQ2USUON.js";
import "./chunk-Y2OQIDN6.js";
import "./chunk-7T6R4UZZ.js";
import "./chunk-2GCG3TEF.js";
import "./chunk-JB3KXYBK.js";
import "./chunk-EDWL4JOM.js";
import "./chunk-SDYTB46K.js";
import "./chunk-RRLX672T.js";
import "./chunk-OV2NNVLV.js";
import "./chunk-5EVUJRRL.js";
import "./chunk-2DZLJXUT.js";
import "./chunk-VGUGEDKH.js";
import "./chunk-KO5X26X3.js";
import "./chunk-FTSTLPRN.js";
import "./chunk-JONNG5RU.js";
import "./chunk-GCABOEQB.js";
import "./chunk-UKIEDSLB.js";
import "./chunk-INRJMM3F.js";
import "./chunk-VF4CPKD2.js";
import "./chunk-AXSLFW4E.js";
import "./chunk-M4PXIXSD.js";
import "./chunk-ISCTXA4Z.js";
import "./chunk-ONYK5AV7.js";
import "./chunk-NTER52CY.js";
import "./chunk-DGWQGGT6.js";
import "./chunk-YLMZ5HZ7.js";

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
