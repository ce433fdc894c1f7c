/**
 * Lint many files, on several threads when asked: `lintFiles` returns the linted
 * files in the order given, the same findings whichever thread linted each.
 *
 * With a concurrency of n > 1, the main thread lints too, beside n − 1 worker
 * threads (src/engine/worker.ts, each building its own linter once from the same
 * settings, which are plain data). Work is handed out in contiguous chunks of
 * the (sorted) list through a shared counter, each of at least `chunkSize` files
 * and ending where a package folder ends (`chunkStarts`), so that the files of a
 * suite and its plans stay in one thread: the suite model caches folder listings
 * and the facts of the files it read per thread. Workers send their results as plain data, rebuilt
 * here into the `VFile`s the reporters expect (src/engine/transfer.ts).
 *
 * Workers load `worker.js` next to this module, which exists in the bundle
 * (dist/); run from the TypeScript sources (the tests), linting stays in one
 * thread whatever the concurrency.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import v8 from 'node:v8'
import {Worker} from 'node:worker_threads'
import type {VFile} from 'vfile'
import {createLinter, LintManyError, type Linter, type LintSettings} from './lint.js'
import {relativePath} from '../reporters/common.js'
import {fromTransfer, type TransferredFile} from './transfer.js'
import type {SharedStyle} from '../suite/model.js'

/** Files handed out at a time, at least. */
export const chunkSize = 50
/** A chunk ends at this many files even inside a package folder. */
const maxChunkSize = 4 * chunkSize
/** `auto` uses more than one thread from this many files on (below, a worker's start-up costs more than it saves). */
export const autoMinFiles = 400
/** `auto` uses at most this many threads. */
export const autoMaxThreads = 4

export type Concurrency = number | 'auto'

export interface LintFilesOptions {
  /** Threads, the main one included; 1 lints in this thread only. */
  concurrency: number
  /** The main thread's linter, when the caller has built it already (from the same settings and cwd). */
  linter?: Linter
  /** The worker module (default: `worker.js` beside this module). For tests. */
  workerUrl?: URL
  /** Called on the main thread each time files are done (the count done since the last call): for a progress line. */
  onProgress?: (done: number) => void
}

/** Linting one file threw (a bug, not a finding): the message names the file. */
export class LintFileError extends Error {
  override name = 'LintFileError'
  /** Absolute path of the file. */
  readonly file: string

  constructor(file: string, cwd: string, reason: string, options?: ErrorOptions) {
    super(`${relativePath(cwd, file)}: ${reason}`, options)
    this.file = file
  }
}

/** What a worker is given. */
export interface WorkerData {
  settings: LintSettings
  cwd: string
  files: string[]
  /** Where each chunk starts in `files`, and `files.length` last. */
  chunks: number[]
  /** Int32Array[1]: the next chunk to take, shared by every thread. */
  queue: SharedArrayBuffer
  /** Int32Array[workers]: the index of the file each worker is linting, −1 when none. */
  current: SharedArrayBuffer
  /** This worker's index in `current`. */
  slot: number
}

/**
 * What the main thread sends each worker, chunk by chunk: the house styles worked
 * out for the files of the chunks up to `chunk` that it has not sent before.
 */
export interface StylesMessage {
  type: 'styles'
  styles: Record<string, SharedStyle>
  chunk: number
}

/** What a worker sends back. */
export type WorkerMessage =
  | {type: 'chunk'; start: number; results: TransferredFile[]}
  | {type: 'error'; index: number; message: string; stack: string | undefined}
  | {type: 'done'}

const defaultWorkerUrl = new URL('./worker.js', import.meta.url)

/**
 * A worker's thread stack, sized so that its JavaScript stack limit is the main
 * thread's (V8's default 984 KB; Node reserves 192 KB of a worker's stack): markdown
 * nested deeply enough to overflow the stack gets the same finding on every thread.
 */
const workerStackSizeMb = (984 + 192) / 1024

/**
 * A worker's heap limit: the main thread's, but below 2 GiB. From 2 GiB on, V8
 * lets the old generation grow to 4 times what survived the last collection
 * before collecting again, below it at most 2 times: on the 10,000-file benchmark
 * that keeps a worker about 30 MB smaller (peak RSS ~275 MB instead of ~310 MB
 * with two threads) for the same time. 2 GiB is still more than the worst 1 MiB
 * file measured needs (1.5 GiB before its 10 s limit); `--max-old-space-size`
 * overrides it, as it does the main thread's.
 */
const workerHeapMb = Math.min(2047, Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20))

/** The threads `auto` means for this many files: the cores (at most `autoMaxThreads`) for a large run, else 1. */
export function resolveConcurrency(value: Concurrency, fileCount: number): number {
  if (value !== 'auto') return value
  if (fileCount < autoMinFiles) return 1
  return Math.max(1, Math.min(os.availableParallelism(), autoMaxThreads))
}

/**
 * The threads `lintFiles` uses: the concurrency asked for, but never more than
 * there are chunks of work, and 1 when the worker module is not there.
 */
export function threadCount(
  fileCount: number,
  concurrency: number,
  workerUrl: URL = defaultWorkerUrl
): number {
  const threads = Math.min(concurrency, Math.ceil(fileCount / chunkSize))
  if (threads <= 1 || !fs.existsSync(fileURLToPath(workerUrl))) return 1
  return threads
}

/**
 * Lint `files` (absolute, or relative to `cwd`) with `settings`: the linted files
 * in the same order. Throws what `createLinter` throws for bad settings, and a
 * `LintFileError` when linting a file throws or a worker thread fails; every
 * worker is stopped before it returns or throws.
 */
export async function lintFiles(
  files: string[],
  settings: LintSettings,
  cwd: string,
  options: LintFilesOptions
): Promise<VFile[]> {
  const linter = options.linter ?? createLinter(settings, cwd)
  const workerUrl = options.workerUrl ?? defaultWorkerUrl
  const threads = threadCount(files.length, options.concurrency, workerUrl)
  if (threads === 1) return lintChunk(linter, files, cwd, options.onProgress)
  return lintOnThreads(files, settings, cwd, threads, linter, workerUrl, options.onProgress)
}

/** Lint files in this thread, counting them done as it goes; a file whose linting throws is named by a `LintFileError`. */
function lintChunk(
  linter: Linter,
  files: readonly string[],
  cwd: string,
  onProgress?: (done: number) => void
): VFile[] {
  let done = 0
  const advance = (to: number) => {
    if (to > done) onProgress?.(to - done)
    done = to
  }
  try {
    const linted = linter.lintMany(files, advance)
    advance(files.length)
    return linted
  } catch (error) {
    if (!(error instanceof LintManyError)) throw error
    const cause = error.cause
    throw new LintFileError(files[error.index]!, cwd, oneLine(cause), {cause})
  }
}

async function lintOnThreads(
  files: string[],
  settings: LintSettings,
  cwd: string,
  threads: number,
  linter: Linter,
  workerUrl: URL,
  onProgress: ((done: number) => void) | undefined
): Promise<VFile[]> {
  const results = new Array<VFile>(files.length)
  const chunks = chunkStarts(files)
  const queue = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
  const current = new Int32Array(
    new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (threads - 1))
  ).fill(-1)
  let failure: Error | undefined
  let running = threads - 1
  let finish!: () => void
  let abort!: (error: Error) => void
  const workersDone = new Promise<void>((resolve, reject) => {
    finish = resolve
    abort = reject
  })
  // Handled below; a failure while the main thread is still linting must not be unhandled.
  workersDone.catch(() => undefined)
  const stop = (error: Error) => {
    if (failure) return
    failure = error
    abort(error)
  }

  const workers: Worker[] = []
  try {
    for (let slot = 0; slot < threads - 1; slot++) {
      const data: WorkerData = {
        settings,
        cwd,
        files,
        chunks,
        queue: queue.buffer as SharedArrayBuffer,
        current: current.buffer as SharedArrayBuffer,
        slot
      }
      const worker = new Worker(workerUrl, {
        workerData: data,
        resourceLimits: {stackSizeMb: workerStackSizeMb, maxOldGenerationSizeMb: workerHeapMb}
      })
      let done = false
      // A worker failing while linting a file names that file.
      const crashed = (reason: string) => {
        const index = Atomics.load(current, slot)
        stop(
          index >= 0
            ? new LintFileError(files[index]!, cwd, `worker thread failed: ${reason}`)
            : new Error(`worker thread failed: ${reason}`)
        )
      }
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'chunk') {
          message.results.forEach((file, offset) => {
            results[message.start + offset] = fromTransfer(file, cwd)
          })
          onProgress?.(message.results.length)
        } else if (message.type === 'error') {
          const cause = new Error(message.message)
          if (message.stack) cause.stack = message.stack
          stop(new LintFileError(files[message.index]!, cwd, oneLine(cause), {cause}))
        } else {
          done = true
          if (--running === 0) finish()
        }
      })
      worker.on('error', (error) => crashed(oneLine(error)))
      // Every message a worker sent is delivered before its `exit`.
      worker.on('exit', (code) => {
        if (!done) crashed(`stopped with exit code ${code}`)
      })
      workers.push(worker)
    }

    // The house styles once, here, for every thread (each would read the whole scope):
    // every scope a file's style may come from, up to the one that decides it. They go
    // to the workers chunk by chunk, so that a worker lints a chunk as soon as the
    // styles of its files are there, while this thread works out the next ones.
    const sent = new Set<string>()
    for (let chunk = 0; chunk < chunks.length - 1; chunk++) {
      for (const file of files.slice(chunks[chunk], chunks[chunk + 1])) {
        try {
          linter.model.prepareStyle(path.resolve(cwd, file))
        } catch (error) {
          throw new LintFileError(file, cwd, oneLine(error), {cause: error})
        }
      }
      const styles = linter.model.sharedStyles(sent)
      for (const worker of workers) {
        worker.postMessage({type: 'styles', styles, chunk} satisfies StylesMessage)
      }
    }

    // Then the main thread takes chunks from the same queue as the workers.
    while (!failure) {
      const chunk = Atomics.add(queue, 0, 1)
      if (chunk >= chunks.length - 1) break
      const start = chunks[chunk]!
      const linted = lintChunk(linter, files.slice(start, chunks[chunk + 1]), cwd, onProgress)
      linted.forEach((file, offset) => (results[start + offset] = file))
      // Let the workers' results and failures in.
      await new Promise((resolve) => setImmediate(resolve))
    }
    await workersDone
    return results
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/**
 * Where the chunks of `files` start (and `files.length` last): each holds at least
 * `chunkSize` files, then runs on to the end of its package folder (the folder
 * above the file's folder: a suite's `orchestration/` and `testdata/` and the plans
 * beside them), at most `maxChunkSize` files.
 */
export function chunkStarts(files: string[]): number[] {
  const starts = [0]
  const group = (file: string) => path.dirname(path.dirname(file))
  for (let index = 1; index < files.length; index++) {
    const size = index - starts[starts.length - 1]!
    if (
      size >= maxChunkSize ||
      (size >= chunkSize && group(files[index]!) !== group(files[index - 1]!))
    ) {
      starts.push(index)
    }
  }
  starts.push(files.length)
  return starts
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]?.trim() || 'unknown error'
}
