import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-ASQRIWGB.js";
import {
  createLinter
} from "./chunk-FGFDPV73.js";
import "./chunk-WHSQ62PU.js";
import "./chunk-KPK6IDCF.js";
import "./chunk-XCHVSSS7.js";
import "./chunk-7RF7WCGN.js";
import "./chunk-4XHFBNCJ.js";
import "./chunk-TA7DRODV.js";
import "./chunk-5MAITHSU.js";
import "./chunk-TIT3L5CQ.js";
import "./chunk-RHBYQX7O.js";
import "./chunk-WFXETAAZ.js";
import "./chunk-YTX2R2HF.js";
import "./chunk-65ICSOWM.js";
import "./chunk-5A6JW72A.js";
import "./chunk-Y3P54PO4.js";
import "./chunk-4ZLATQWE.js";
import "./chunk-TKVTO6HS.js";
import "./chunk-MUTOYXAH.js";
import "./chunk-AHJNMXFA.js";
import "./chunk-GKTIIADT.js";
import "./chunk-UDSS5SZD.js";
import "./chunk-53HZWLIM.js";
import "./chunk-K6MB2FQM.js";
import "./chunk-HVAVXZPB.js";
import "./chunk-DK2T5JXV.js";
import "./chunk-KOF4YQCV.js";
import "./chunk-DORTNV3O.js";
import "./chunk-FX5QU5KV.js";
import "./chunk-DHFM55ED.js";
import "./chunk-YO7UGG4C.js";

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
