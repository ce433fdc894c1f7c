import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  relativePath
} from "./chunk-6QA43UNW.js";
import {
  fromTransfer
} from "./chunk-AUMU3A5I.js";
import {
  LintManyError,
  createLinter
} from "./chunk-PPUTGT3O.js";

// src/engine/parallel.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
var chunkSize = 50;
var maxChunkSize = 4 * chunkSize;
var autoMinFiles = 400;
var autoMaxThreads = 4;
var LintFileError = class extends Error {
  name = "LintFileError";
  /** Absolute path of the file. */
  file;
  constructor(file, cwd, reason, options) {
    super(`${relativePath(cwd, file)}: ${reason}`, options);
    this.file = file;
  }
};
var defaultWorkerUrl = new URL("./worker.js", import.meta.url);
var workerStackSizeMb = (984 + 192) / 1024;
var workerHeapMb = Math.min(2047, Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20));
function resolveConcurrency(value, fileCount) {
  if (value !== "auto") return value;
  if (fileCount < autoMinFiles) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), autoMaxThreads));
}
function threadCount(fileCount, concurrency, workerUrl = defaultWorkerUrl) {
  const threads = Math.min(concurrency, Math.ceil(fileCount / chunkSize));
  if (threads <= 1 || !fs.existsSync(fileURLToPath(workerUrl))) return 1;
  return threads;
}
async function lintFiles(files, settings, cwd, options) {
  const linter = options.linter ?? createLinter(settings, cwd);
  const workerUrl = options.workerUrl ?? defaultWorkerUrl;
  const threads = threadCount(files.length, options.concurrency, workerUrl);
  if (threads === 1) return lintChunk(linter, files, cwd, options.onProgress);
  return lintOnThreads(files, settings, cwd, threads, linter, workerUrl, options.onProgress);
}
function lintChunk(linter, files, cwd, onProgress) {
  let done = 0;
  const advance = (to) => {
    if (to > done) onProgress?.(to - done);
    done = to;
  };
  try {
    const linted = linter.lintMany(files, advance);
    advance(files.length);
    return linted;
  } catch (error) {
    if (!(error instanceof LintManyError)) throw error;
    const cause = error.cause;
    throw new LintFileError(files[error.index], cwd, oneLine(cause), { cause });
  }
}
async function lintOnThreads(files, settings, cwd, threads, linter, workerUrl, onProgress) {
  const results = new Array(files.length);
  const chunks = chunkStarts(files);
  const queue = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const current = new Int32Array(
    new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (threads - 1))
  ).fill(-1);
  let failure;
  let running = threads - 1;
  let finish;
  let abort;
  const workersDone = new Promise((resolve, reject) => {
    finish = resolve;
    abort = reject;
  });
  workersDone.catch(() => void 0);
  const stop = (error) => {
    if (failure) return;
    failure = error;
    abort(error);
  };
  const workers = [];
  try {
    for (let slot = 0; slot < threads - 1; slot++) {
      const data = {
        settings,
        cwd,
        files,
        chunks,
        queue: queue.buffer,
        current: current.buffer,
        slot
      };
      const worker = new Worker(workerUrl, {
        workerData: data,
        resourceLimits: { stackSizeMb: workerStackSizeMb, maxOldGenerationSizeMb: workerHeapMb }
      });
      let done = false;
      const crashed = (reason) => {
        const index = Atomics.load(current, slot);
        stop(
          index >= 0 ? new LintFileError(files[index], cwd, `worker thread failed: ${reason}`) : new Error(`worker thread failed: ${reason}`)
        );
      };
      worker.on("message", (message) => {
        if (message.type === "chunk") {
          message.results.forEach((file, offset) => {
            results[message.start + offset] = fromTransfer(file, cwd);
          });
          onProgress?.(message.results.length);
        } else if (message.type === "error") {
          const cause = new Error(message.message);
          if (message.stack) cause.stack = message.stack;
          stop(new LintFileError(files[message.index], cwd, oneLine(cause), { cause }));
        } else {
          done = true;
          if (--running === 0) finish();
        }
      });
      worker.on("error", (error) => crashed(oneLine(error)));
      worker.on("exit", (code) => {
        if (!done) crashed(`stopped with exit code ${code}`);
      });
      workers.push(worker);
    }
    const sent = /* @__PURE__ */ new Set();
    for (let chunk = 0; chunk < chunks.length - 1; chunk++) {
      for (const file of files.slice(chunks[chunk], chunks[chunk + 1])) {
        try {
          linter.model.prepareStyle(path.resolve(cwd, file));
        } catch (error) {
          throw new LintFileError(file, cwd, oneLine(error), { cause: error });
        }
      }
      const styles = linter.model.sharedStyles(sent);
      for (const worker of workers) {
        worker.postMessage({ type: "styles", styles, chunk });
      }
    }
    while (!failure) {
      const chunk = Atomics.add(queue, 0, 1);
      if (chunk >= chunks.length - 1) break;
      const start = chunks[chunk];
      const linted = lintChunk(linter, files.slice(start, chunks[chunk + 1]), cwd, onProgress);
      linted.forEach((file, offset) => results[start + offset] = file);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await workersDone;
    return results;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
function chunkStarts(files) {
  const starts = [0];
  const group = (file) => path.dirname(path.dirname(file));
  for (let index = 1; index < files.length; index++) {
    const size = index - starts[starts.length - 1];
    if (size >= maxChunkSize || size >= chunkSize && group(files[index]) !== group(files[index - 1])) {
      starts.push(index);
    }
  }
  starts.push(files.length);
  return starts;
}
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "unknown error";
}

export {
  resolveConcurrency,
  threadCount,
  lintFiles
};
