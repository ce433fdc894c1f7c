import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-2NWOHHXK.js";
import {
  createLinter
} from "./chunk-X2CTG4EP.js";
import "./chunk-7KKF3SZO.js";
import "./chunk-ZX47ZP63.js";
import "./chunk-AH356IIN.js";
import "./chunk-3M6WECN2.js";
import "./chunk-HWOVEENJ.js";
import "./chunk-SRDYD5LO.js";
import "./chunk-WZEC233Y.js";
import "./chunk-ZIDUCTMH.js";
import "./chunk-QRFPA543.js";
import "./chunk-VCUAVDB5.js";
import "./chunk-EFSQ4HK3.js";
import "./chunk-OVWDIM5G.js";
import "./chunk-FQVGW5I3.js";
import "./chunk-I76HQH6B.js";
import "./chunk-IFOOR7TE.js";
import "./chunk-B4DPF3GE.js";
import "./chunk-WYXS2XZQ.js";
import "./chunk-NF5O6KN5.js";
import "./chunk-GKTIIADT.js";
import "./chunk-ZZ27WIDK.js";
import "./chunk-53HZWLIM.js";
import "./chunk-U4VLOJOM.js";
import "./chunk-VYJJU3R3.js";
import "./chunk-4MZIIXMG.js";
import "./chunk-LWOB22WI.js";
import "./chunk-AK3LS3DJ.js";
import "./chunk-C46MMHOC.js";
import "./chunk-D2Y76NGA.js";
import "./chunk-CEDZ37P7.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData;
var port = parentPort;
var post = (message) => port.postMessage(message);
var queue = new Int32Array(data.queue);
var current = new Int32Array(data.current);
var { styles } = await new Promise((resolve) => port.once("message", resolve));
var linter = createLinter({ ...data.settings, styles }, data.cwd);
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
