import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-NEOXYRJN.js";
import {
  createLinter
} from "./chunk-NMJKTC52.js";
import "./chunk-XU7WZ4RP.js";
import "./chunk-ZVOTPVFT.js";
import "./chunk-UQH4OYXO.js";
import "./chunk-GPJPZHKU.js";
import "./chunk-LTK4LCM7.js";
import "./chunk-AFZBCIFB.js";
import "./chunk-KDXCGKGG.js";
import "./chunk-DW3WDYPE.js";
import "./chunk-C5PIZPPN.js";
import "./chunk-E6TG7T7H.js";
import "./chunk-R3ZFLKDQ.js";
import "./chunk-WPY5NG3D.js";
import "./chunk-IAC2BFJR.js";
import "./chunk-47ADU3SD.js";
import "./chunk-JLU6ETJ3.js";
import "./chunk-7BCPYVFB.js";
import "./chunk-YAQQDIVU.js";
import "./chunk-HA7BOQEE.js";
import "./chunk-QOXJ4YVM.js";
import "./chunk-VCFHFZZB.js";
import "./chunk-53HZWLIM.js";
import "./chunk-CLJL235Y.js";
import "./chunk-Y4SV3HR5.js";
import "./chunk-JBHS2IUU.js";
import "./chunk-TMNESRJF.js";
import "./chunk-SSULD4FC.js";
import "./chunk-NVI3AOA3.js";
import "./chunk-KN5WREKU.js";
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
