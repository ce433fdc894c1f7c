import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-QU2NT5NR.js";
import {
  createLinter
} from "./chunk-PLTL5UU2.js";
import "./chunk-ES6WVUBO.js";
import "./chunk-A4CAAVKC.js";
import "./chunk-VKA7GP7N.js";
import "./chunk-2LIZ2ULH.js";
import "./chunk-5U7IVFK7.js";
import "./chunk-4COT3G7Q.js";
import "./chunk-MHMHKKSX.js";
import "./chunk-UNXN25AW.js";
import "./chunk-GSHDJ3ZX.js";
import "./chunk-VOQBKORV.js";
import "./chunk-BOL4C6JO.js";
import "./chunk-UWCE6TRK.js";
import "./chunk-KO5X26X3.js";
import "./chunk-G32VHTQR.js";
import "./chunk-7VW7UVA7.js";
import "./chunk-XKFPARCZ.js";
import "./chunk-PWSOPUOL.js";
import "./chunk-7RBVBWQ7.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-KJFHAO35.js";
import "./chunk-2SORB2O6.js";

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
