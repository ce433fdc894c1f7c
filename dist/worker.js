import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-PVEJZSNZ.js";
import {
  createLinter
} from "./chunk-A35AIMMI.js";
import "./chunk-CC75CBUC.js";
import "./chunk-XG4GNTTL.js";
import "./chunk-WANYH7PI.js";
import "./chunk-XDW4H23G.js";
import "./chunk-3SGOJPIA.js";
import "./chunk-GGJMHDCV.js";
import "./chunk-QY5V5KRQ.js";
import "./chunk-NZIVTBGF.js";
import "./chunk-NSBJLXZK.js";
import "./chunk-D2TWPN5E.js";
import "./chunk-AC53PJZ5.js";
import "./chunk-2A7EQJFG.js";
import "./chunk-D5HGA2QY.js";
import "./chunk-6CN73KZX.js";
import "./chunk-P5MMJZE5.js";
import "./chunk-SLVGYUNR.js";
import "./chunk-T2UFIRZI.js";
import "./chunk-QIF264OR.js";
import "./chunk-GKTIIADT.js";
import "./chunk-CIWBHPJZ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-DWGDEQTR.js";
import "./chunk-5OIUUCST.js";
import "./chunk-XQGRMLGA.js";
import "./chunk-V6UIM52E.js";
import "./chunk-US6ZV322.js";
import "./chunk-MRL3JSS2.js";
import "./chunk-EADWQGIT.js";
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
