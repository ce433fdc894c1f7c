import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-FDEW5YDY.js";
import {
  createLinter
} from "./chunk-TVIVFHDN.js";
import "./chunk-Q32UJYKT.js";
import "./chunk-PBAVEFTU.js";
import "./chunk-2FJZDUSX.js";
import "./chunk-BCD6LDYR.js";
import "./chunk-7GDMOF4I.js";
import "./chunk-ROQILJCU.js";
import "./chunk-VJBW5RWV.js";
import "./chunk-NF53ICSZ.js";
import "./chunk-P5YWIUPN.js";
import "./chunk-FI3EJL6L.js";
import "./chunk-T2DNE4IQ.js";
import "./chunk-J24WOL6Q.js";
import "./chunk-YWKMCP7M.js";
import "./chunk-VHZEVUX3.js";
import "./chunk-RXYTODFC.js";
import "./chunk-FRXAODKS.js";
import "./chunk-7GZQ6IVU.js";
import "./chunk-D2FSSJX2.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7UXCVZML.js";
import "./chunk-53HZWLIM.js";
import "./chunk-FX2PBGRA.js";
import "./chunk-D73BCYNN.js";
import "./chunk-VXD246FR.js";
import "./chunk-HRI7MN4M.js";
import "./chunk-IY7PLPEW.js";
import "./chunk-KF4MW4NH.js";
import "./chunk-OLLGGBTZ.js";
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
