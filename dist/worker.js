import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-PSK7ZSBX.js";
import {
  LintManyError,
  createLinter
} from "./chunk-NDNRDQQ6.js";
import "./chunk-AVLDQ6EX.js";
import "./chunk-YFAFOM2O.js";
import "./chunk-MSUGZ4ZM.js";
import "./chunk-RSWM3FOE.js";
import "./chunk-IV6PHZAS.js";
import "./chunk-6XUG6UGQ.js";
import "./chunk-HROVF7CY.js";
import "./chunk-5LX3GPNH.js";
import "./chunk-IZLF5GAC.js";
import "./chunk-TV6CACQT.js";
import "./chunk-OD42GYYF.js";
import "./chunk-IKXKR6JR.js";
import "./chunk-LGEQNFLM.js";
import "./chunk-RSEYB7BC.js";
import "./chunk-6DYS22HY.js";
import "./chunk-FHAWOMW7.js";
import "./chunk-UZPQ2MUZ.js";
import "./chunk-IJSIIMMV.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7DHQXQNC.js";
import "./chunk-53HZWLIM.js";
import "./chunk-NZW2XSXL.js";
import "./chunk-WXOH3WJR.js";
import "./chunk-74FUEBQS.js";
import "./chunk-2GH4FF4J.js";
import "./chunk-SEZU7XF7.js";
import "./chunk-DPLQTNM2.js";
import "./chunk-VBREPSUZ.js";
import "./chunk-ZCMLPP7Y.js";

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
