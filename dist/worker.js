import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  toTransfer
} from "./chunk-VQG5RUUM.js";
import {
  createLinter
} from "./chunk-Y6WF7OWO.js";
import "./chunk-5IXGRP3U.js";
import "./chunk-ZVG72AOF.js";
import "./chunk-WJ6IEH7K.js";
import "./chunk-PAOTDFJA.js";
import "./chunk-SJCAQ7XX.js";
import "./chunk-6PYDH3F2.js";
import "./chunk-X5KLIAUZ.js";
import "./chunk-CF5XUJSA.js";
import "./chunk-3ZD6NAYW.js";
import "./chunk-2KFSXN4S.js";
import "./chunk-IM27OMVQ.js";
import "./chunk-QT3HEQTC.js";
import "./chunk-B7WBKTUZ.js";
import "./chunk-KUTWBDCN.js";
import "./chunk-XQ5F77BK.js";
import "./chunk-M76VOUPA.js";
import "./chunk-43ZN7OJG.js";
import "./chunk-3FTHRNJ3.js";
import "./chunk-GKTIIADT.js";
import "./chunk-SA54A4J5.js";
import "./chunk-53HZWLIM.js";
import "./chunk-V6RCFZBW.js";
import "./chunk-GUFCJFET.js";
import "./chunk-4ZREUDJT.js";
import "./chunk-WOEFUGMB.js";
import "./chunk-FWFPAZW2.js";
import "./chunk-3XBJ2GZ2.js";
import "./chunk-NHBPTZTT.js";
import "./chunk-EKTD4TXU.js";

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
