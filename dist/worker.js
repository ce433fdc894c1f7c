import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-OQNZ7JX7.js";
import {
  createLinter
} from "./chunk-IEJIL422.js";
import "./chunk-FNYYNABZ.js";
import "./chunk-4VJZOS3F.js";
import "./chunk-GF2Y36IN.js";
import "./chunk-DWTOHATU.js";
import "./chunk-T5QAIOPO.js";
import "./chunk-MWQK753Q.js";
import "./chunk-QZX7MKPX.js";
import "./chunk-YKRCBCOV.js";
import "./chunk-T6XNMID5.js";
import "./chunk-6RZIMGLL.js";
import "./chunk-I3PNXRQK.js";
import "./chunk-IJXF2FW7.js";
import "./chunk-2MTGPQ7B.js";
import "./chunk-MJ2ZRFAS.js";
import "./chunk-RFFU4ADY.js";
import "./chunk-N5P76BGV.js";
import "./chunk-XG5J6ZGV.js";
import "./chunk-QXY4UICD.js";
import "./chunk-GKTIIADT.js";
import "./chunk-IVPYKG32.js";
import "./chunk-53HZWLIM.js";
import "./chunk-QQW65DXP.js";
import "./chunk-WWB5QMT7.js";
import "./chunk-FUH457OI.js";
import "./chunk-2OABDISN.js";
import "./chunk-BHHSUYU5.js";
import "./chunk-4DQPNVMK.js";
import "./chunk-JVCCDYP2.js";
import "./chunk-TXZLK2KV.js";

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
