import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-AUMU3A5I.js";
import {
  LintManyError,
  createLinter
} from "./chunk-PPUTGT3O.js";
import "./chunk-QOBWUWRK.js";
import "./chunk-FBS3HAE2.js";
import "./chunk-IOEA52Q6.js";
import "./chunk-FGFHFMVK.js";
import "./chunk-VNASGAEY.js";
import "./chunk-2NFYXXYV.js";
import "./chunk-5HW4CAQQ.js";
import "./chunk-IUAQWTKQ.js";
import "./chunk-Y6GPGHKP.js";
import "./chunk-KS3AWZFQ.js";
import "./chunk-QERIO4ZQ.js";
import "./chunk-XBQCIR25.js";
import "./chunk-2OI2KENT.js";
import "./chunk-O5OR7T2R.js";
import "./chunk-UWSZIRGT.js";
import "./chunk-DLYORWOX.js";
import "./chunk-G625TIIM.js";
import "./chunk-H6P334OQ.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7IMEA3S3.js";
import "./chunk-53HZWLIM.js";
import "./chunk-T573AAUK.js";
import "./chunk-ETHM37U3.js";
import "./chunk-3XCFWH5P.js";
import "./chunk-SHCRGUYI.js";
import "./chunk-HWXTSKYD.js";
import "./chunk-K3G72UE5.js";
import "./chunk-BEMMNZVQ.js";
import "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData;
var port = parentPort;
var post = (message) => port.postMessage(message);
var queue = new Int32Array(data.queue);
var current = new Int32Array(data.current);
var styles = {};
var styled = -1;
var arrived;
port.on("message", (message) => {
  for (const [root, style] of Object.entries(message.styles)) {
    styles[root] = { ...styles[root], ...style };
  }
  styled = message.chunk;
  arrived?.();
});
var linter = createLinter({ ...data.settings, styles }, data.cwd);
async function stylesOf(chunk) {
  while (styled < chunk) await new Promise((resolve) => arrived = resolve);
}
async function run() {
  for (; ; ) {
    const chunk = Atomics.add(queue, 0, 1);
    if (chunk >= data.chunks.length - 1) break;
    const start = data.chunks[chunk];
    const end = data.chunks[chunk + 1];
    await stylesOf(chunk);
    let results;
    try {
      results = linter.lintMany(
        data.files.slice(start, end),
        (offset) => Atomics.store(current, data.slot, start + offset)
      ).map((file) => toTransfer(file));
    } catch (error) {
      const cause = error instanceof LintManyError ? error.cause : error;
      post({
        type: "error",
        index: error instanceof LintManyError ? start + error.index : Atomics.load(current, data.slot),
        message: cause instanceof Error ? cause.message : String(cause),
        stack: cause instanceof Error ? cause.stack : void 0
      });
      return;
    }
    Atomics.store(current, data.slot, -1);
    post({ type: "chunk", start, results });
  }
  post({ type: "done" });
}
await run();
