import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-APVLSLCM.js";
import {
  LintManyError,
  createLinter
} from "./chunk-VFDZKZKN.js";
import "./chunk-3ZKJK3J4.js";
import "./chunk-HHJNL3OJ.js";
import "./chunk-OLCFWSUG.js";
import "./chunk-UPEWVXYQ.js";
import "./chunk-KVDGDFV6.js";
import "./chunk-CA2YLDUA.js";
import "./chunk-RS5FOTHY.js";
import "./chunk-FPB27IJ3.js";
import "./chunk-25TBVAO3.js";
import "./chunk-P2PQABJ4.js";
import "./chunk-WZNICKRX.js";
import "./chunk-JPDN3IVS.js";
import "./chunk-CVN35SH7.js";
import "./chunk-XCI3IQUC.js";
import "./chunk-KWIM7N23.js";
import "./chunk-DX57UUSN.js";
import "./chunk-ZZPKCN4M.js";
import "./chunk-ETWTD5KR.js";
import "./chunk-GKTIIADT.js";
import "./chunk-O4SI3QCW.js";
import "./chunk-53HZWLIM.js";
import "./chunk-GNLEXSOI.js";
import "./chunk-4ZEVKKRX.js";
import "./chunk-2CX4YEEG.js";
import "./chunk-PKE5HEDP.js";
import "./chunk-PDWCSJ3G.js";
import "./chunk-ITAAAK5F.js";
import "./chunk-OCDMQTOX.js";
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
