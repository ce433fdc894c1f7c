import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-PDBZ5QKG.js";
import {
  LintManyError,
  createLinter
} from "./chunk-C5QZ2RWE.js";
import "./chunk-POUHCISX.js";
import "./chunk-X27EIPQ4.js";
import "./chunk-FENVYEEG.js";
import "./chunk-JU7PM5T7.js";
import "./chunk-QCCYERYC.js";
import "./chunk-OIVVKAMX.js";
import "./chunk-MGT6SFHK.js";
import "./chunk-EK66KWDK.js";
import "./chunk-UYQ4KX5T.js";
import "./chunk-FPUFPBAM.js";
import "./chunk-GAYVUDEF.js";
import "./chunk-QJDMRB7Z.js";
import "./chunk-QERK2WLX.js";
import "./chunk-7S7P6KEP.js";
import "./chunk-H537DXGV.js";
import "./chunk-HNBEFS2D.js";
import "./chunk-AVKAB7AP.js";
import "./chunk-W57JUAIT.js";
import "./chunk-GKTIIADT.js";
import "./chunk-KNXWVQZP.js";
import "./chunk-53HZWLIM.js";
import "./chunk-GPU5GIUC.js";
import "./chunk-PVN6HLLA.js";
import "./chunk-FRDKR7QS.js";
import "./chunk-VCCQJRSM.js";
import "./chunk-BL35BZ2C.js";
import "./chunk-AMVXXBCO.js";
import "./chunk-QEGP2JS5.js";
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
