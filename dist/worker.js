import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-KU7CHBJL.js";
import {
  LintManyError,
  createLinter
} from "./chunk-T7KVMHPM.js";
import "./chunk-JXQJ5YYY.js";
import "./chunk-RTNZV2I5.js";
import "./chunk-TSWZBJXA.js";
import "./chunk-DHVAQJ2E.js";
import "./chunk-7SHH2J6W.js";
import "./chunk-RBXCEA2D.js";
import "./chunk-GNCNZQGT.js";
import "./chunk-3CDEHYCY.js";
import "./chunk-J265H5GE.js";
import "./chunk-EZIXGQMX.js";
import "./chunk-AOXI7HTS.js";
import "./chunk-ECRIRJWL.js";
import "./chunk-BKZ3QLPP.js";
import "./chunk-VCMND4Y5.js";
import "./chunk-OHI6GRUR.js";
import "./chunk-XRCF24XO.js";
import "./chunk-7IXKSVMP.js";
import "./chunk-AGJSM7YJ.js";
import "./chunk-GKTIIADT.js";
import "./chunk-UORFMJNE.js";
import "./chunk-53HZWLIM.js";
import "./chunk-M4R6X6ZG.js";
import "./chunk-IWTE4YH4.js";
import "./chunk-N4M64ARB.js";
import "./chunk-ZS76GRYF.js";
import "./chunk-QENRUOAR.js";
import "./chunk-6YRAJZXT.js";
import "./chunk-7JRAG53Q.js";
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
