import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-3S7O3RDO.js";
import {
  createLinter
} from "./chunk-JD4NXQIO.js";
import "./chunk-R3BDODJF.js";
import "./chunk-JT7VMKOG.js";
import "./chunk-5IQBHS2V.js";
import "./chunk-6U6TBAO3.js";
import "./chunk-BZDSGFYG.js";
import "./chunk-HUZH4OPH.js";
import "./chunk-ZZKKFEG4.js";
import "./chunk-D54A35P7.js";
import "./chunk-55ISEL7M.js";
import "./chunk-CGXQBUXF.js";
import "./chunk-MW3WR7YD.js";
import "./chunk-W3GUXGE4.js";
import "./chunk-VJ4O2YES.js";
import "./chunk-D5XN7IC4.js";
import "./chunk-3HC3ZVKI.js";
import "./chunk-JQUXNMVX.js";
import "./chunk-YRPTMAFX.js";
import "./chunk-LM3GUP46.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-7EBWQW4A.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SBOISAND.js";
import "./chunk-KJAWFNOH.js";
import "./chunk-GCVWE2QS.js";
import "./chunk-QEKR4OHW.js";
import "./chunk-AFVFNHZA.js";
import "./chunk-M2M4E7IA.js";
import "./chunk-AGFAG4TF.js";
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
