import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-IG22TBA4.js";
import {
  LintManyError,
  createLinter
} from "./chunk-4K7AC7XL.js";
import "./chunk-3M3C6UJ6.js";
import "./chunk-QM65JBZX.js";
import "./chunk-VGVKN4PH.js";
import "./chunk-T5N3M3Y2.js";
import "./chunk-YH6Q6PQK.js";
import "./chunk-YKXPIG2N.js";
import "./chunk-DTFDU54T.js";
import "./chunk-VVH6YS4W.js";
import "./chunk-XUHDSWNT.js";
import "./chunk-DTE5ELHZ.js";
import "./chunk-UHOWCKCB.js";
import "./chunk-R4GYF4IJ.js";
import "./chunk-K5UPJLM3.js";
import "./chunk-ORV5TY6Y.js";
import "./chunk-M5H4FD7N.js";
import "./chunk-FUAEQBAJ.js";
import "./chunk-RZM4UCAL.js";
import "./chunk-VG6OAHXD.js";
import "./chunk-GKTIIADT.js";
import "./chunk-ZO5QNWMP.js";
import "./chunk-53HZWLIM.js";
import "./chunk-TO76JAFT.js";
import "./chunk-RKECNO6N.js";
import "./chunk-2ZPYPP4W.js";
import "./chunk-6X2ZB3DM.js";
import "./chunk-GYCVG7XL.js";
import "./chunk-NXFQ7NW5.js";
import "./chunk-OJ7P3AHY.js";
import "./chunk-WX6H6K7W.js";

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
