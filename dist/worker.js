import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-ENLBN4ZP.js";
import {
  createLinter
} from "./chunk-66CU2MOU.js";
import "./chunk-3H3O6AHV.js";
import "./chunk-55G73H7U.js";
import "./chunk-GH23U4YO.js";
import "./chunk-HYOGNWIY.js";
import "./chunk-TYYBM6OE.js";
import "./chunk-VJ2AHM42.js";
import "./chunk-MT5FHDLM.js";
import "./chunk-PDZCGZNP.js";
import "./chunk-IERJYUMS.js";
import "./chunk-XWTB6663.js";
import "./chunk-ZLZ54VAD.js";
import "./chunk-MTDYU2DC.js";
import "./chunk-KO5X26X3.js";
import "./chunk-IUDGUNWA.js";
import "./chunk-DNBOHKJR.js";
import "./chunk-XKFPARCZ.js";
import "./chunk-AIG24TX4.js";
import "./chunk-67FGQ3LH.js";
import "./chunk-SEYHCLMG.js";
import "./chunk-54IUAECM.js";
import "./chunk-TVZXQZX6.js";

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
