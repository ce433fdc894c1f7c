import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-4AX7YMES.js";
import {
  createLinter
} from "./chunk-7WWZRU2M.js";
import "./chunk-D2SPQTQO.js";
import "./chunk-CIJ5DWCP.js";
import "./chunk-AGE676GH.js";
import "./chunk-JIZXXQ6A.js";
import "./chunk-5ZTIWO2G.js";
import "./chunk-SWRTSPPT.js";
import "./chunk-S6VVF7VB.js";
import "./chunk-RUFUIMDS.js";
import "./chunk-RNRMBIJK.js";
import "./chunk-CQUTERAG.js";
import "./chunk-USC7VVZG.js";
import "./chunk-B74PZBOX.js";
import "./chunk-KO5X26X3.js";
import "./chunk-TPDSB7FF.js";
import "./chunk-I3B233A7.js";
import "./chunk-NWESJMVQ.js";
import "./chunk-OOGCL7AJ.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-O3GM6ELE.js";
import "./chunk-YVEI4MHU.js";

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
