import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-FPSJ5KHN.js";
import {
  createLinter
} from "./chunk-WXVQI7MW.js";
import "./chunk-BCSF6YIQ.js";
import "./chunk-4BZ7NAYX.js";
import "./chunk-6RGG6L3J.js";
import "./chunk-GBLRQ2F4.js";
import "./chunk-R3U6INLE.js";
import "./chunk-4WZF2VKL.js";
import "./chunk-JJRI6SZN.js";
import "./chunk-2WWUCUDN.js";
import "./chunk-UQ7OP2DT.js";
import "./chunk-ZNBQGAYZ.js";
import "./chunk-7LT6RMU7.js";
import "./chunk-NRPELPON.js";
import "./chunk-RBWX5FLD.js";
import "./chunk-M3AVSRRG.js";
import "./chunk-SPHMVBPM.js";
import "./chunk-GSV24T2O.js";
import "./chunk-FYG6WOLO.js";
import "./chunk-4VPBJO7Q.js";
import "./chunk-GKTIIADT.js";
import "./chunk-SJETFOL5.js";
import "./chunk-53HZWLIM.js";
import "./chunk-SE34OHNP.js";
import "./chunk-QBJOYAWV.js";
import "./chunk-EJTLFMTX.js";
import "./chunk-DQQXBQTS.js";
import "./chunk-5A5FCGZC.js";
import "./chunk-2MOZNH7W.js";
import "./chunk-QNIOLSON.js";
import "./chunk-CEDZ37P7.js";

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
