import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-QLKAJQUU.js";
import {
  createLinter
} from "./chunk-DX5P4XBE.js";
import "./chunk-PYXUEGUC.js";
import "./chunk-WHOTRWLM.js";
import "./chunk-Q76K3JXK.js";
import "./chunk-WXNMMJ4S.js";
import "./chunk-7ADUNY2H.js";
import "./chunk-IXI7KQJM.js";
import "./chunk-5GZJGJUJ.js";
import "./chunk-OUP6KFNX.js";
import "./chunk-Q73TISVQ.js";
import "./chunk-NXSEV7ZG.js";
import "./chunk-UYAVXDTN.js";
import "./chunk-KO5X26X3.js";
import "./chunk-HXO6XHET.js";
import "./chunk-GIOWUR3M.js";
import "./chunk-M2RJMUME.js";
import "./chunk-B67H7ITV.js";
import "./chunk-R4LR4RDT.js";
import "./chunk-W2U3YFEM.js";
import "./chunk-E5UK76FL.js";
import "./chunk-M6D6HQO7.js";
import "./chunk-VG3XWVEB.js";
import "./chunk-SN2AGDRA.js";
import "./chunk-C3OEUZUB.js";
import "./chunk-AIQADGDR.js";
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
