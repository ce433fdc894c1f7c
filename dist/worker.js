import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-H575NI4W.js";
import {
  LintManyError,
  createLinter
} from "./chunk-2RNBUDDS.js";
import "./chunk-OEMNOQRO.js";
import "./chunk-V5CTUN6U.js";
import "./chunk-PLKIHNL5.js";
import "./chunk-3VZWPZGX.js";
import "./chunk-OUXEVF3F.js";
import "./chunk-GEBMVDCS.js";
import "./chunk-AYZUCFG5.js";
import "./chunk-Q3E3MFET.js";
import "./chunk-VSCJOT6Z.js";
import "./chunk-CL6BITGJ.js";
import "./chunk-RZH3IDIX.js";
import "./chunk-UB7U63XY.js";
import "./chunk-UBDCQSSD.js";
import "./chunk-KLOGVAWT.js";
import "./chunk-2KZSE6MF.js";
import "./chunk-QHXCHMBH.js";
import "./chunk-PPWFLN5F.js";
import "./chunk-D62YKLWL.js";
import "./chunk-GKTIIADT.js";
import "./chunk-HDNHALO7.js";
import "./chunk-53HZWLIM.js";
import "./chunk-TDO6SFE4.js";
import "./chunk-VU5WK3OY.js";
import "./chunk-WK3LLTD3.js";
import "./chunk-2ZM6JMQC.js";
import "./chunk-XPJ22TCL.js";
import "./chunk-DWK4YS5X.js";
import "./chunk-CP6F4YK7.js";
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
