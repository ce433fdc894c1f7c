import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-YZKIJUS2.js";
import {
  createLinter
} from "./chunk-DFBQQQEU.js";
import "./chunk-VILLUCTA.js";
import "./chunk-R7WENA5X.js";
import "./chunk-UWBASXIB.js";
import "./chunk-56GIREO4.js";
import "./chunk-O5VPX7TM.js";
import "./chunk-XPGV7J33.js";
import "./chunk-JJVZTHQT.js";
import "./chunk-ZZ3PEJ2J.js";
import "./chunk-MLGDXHIS.js";
import "./chunk-CJNFINFB.js";
import "./chunk-EJMQVAV5.js";
import "./chunk-RXRBJEGL.js";
import "./chunk-Q46CMGAY.js";
import "./chunk-XKGL4KD5.js";
import "./chunk-VTXOO724.js";
import "./chunk-MPIVDZ3J.js";
import "./chunk-7UW73LDC.js";
import "./chunk-ZUSCECTY.js";
import "./chunk-GKTIIADT.js";
import "./chunk-EMUUPQEZ.js";
import "./chunk-53HZWLIM.js";
import "./chunk-VLHA7LA5.js";
import "./chunk-ZLH727K4.js";
import "./chunk-VWCZCUDR.js";
import "./chunk-4K52PE4Z.js";
import "./chunk-AZKDRKH3.js";
import "./chunk-GVLFWA5A.js";
import "./chunk-JY3AZZE5.js";
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
