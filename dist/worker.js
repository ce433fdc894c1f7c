import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-GZCFP77Y.js";
import {
  LintManyError,
  createLinter
} from "./chunk-N6FMMVDZ.js";
import "./chunk-ZTOSRUBL.js";
import "./chunk-IFDSQIFL.js";
import "./chunk-J7VBF3CU.js";
import "./chunk-WQML42FS.js";
import "./chunk-HI5HQYK4.js";
import "./chunk-TSQA2NM6.js";
import "./chunk-GSD2PPAU.js";
import "./chunk-RFDRHPIW.js";
import "./chunk-PP3DRRIT.js";
import "./chunk-JX2PRFAE.js";
import "./chunk-ZMU52FUJ.js";
import "./chunk-DVAPFQID.js";
import "./chunk-IXN7LBKV.js";
import "./chunk-XBECEUJY.js";
import "./chunk-GP5LLZ5T.js";
import "./chunk-CIUWBUEJ.js";
import "./chunk-SUM66SDB.js";
import "./chunk-5GVPCXOH.js";
import "./chunk-GKTIIADT.js";
import "./chunk-T5UP5D3U.js";
import "./chunk-53HZWLIM.js";
import "./chunk-U4GGQCTL.js";
import "./chunk-S2F2XFVG.js";
import "./chunk-JE5GDUEH.js";
import "./chunk-QOBHTGTG.js";
import "./chunk-XIIQWKHQ.js";
import "./chunk-RUMGUBSP.js";
import "./chunk-QVWIHFDH.js";
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
