/**
 * A worker thread of `lintFiles` (src/engine/parallel.ts): builds the linter once from
 * the settings it is given, then takes chunks of files from the queue it shares with
 * the other threads until none is left (each once the main thread has sent the house
 * styles of its files), and sends back each chunk's results
 * as plain data. A file whose linting throws is reported as an `error` message
 * and ends the worker.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {createLinter, LintManyError} from './lint.js'
import type {StylesMessage, WorkerData, WorkerMessage} from './parallel.js'
import type {SharedStyle} from '../suite/model.js'
import {toTransfer, type TransferredFile} from './transfer.js'

const data = workerData as WorkerData
const port = parentPort!
const post = (message: WorkerMessage) => port.postMessage(message)
const queue = new Int32Array(data.queue)
const current = new Int32Array(data.current)
// The house styles the main thread has worked out, chunk by chunk: the model reads this
// object when it first needs a scope's style (and works it out itself if it is not there).
const styles: Record<string, SharedStyle> = {}
let styled = -1
let arrived: (() => void) | undefined
port.on('message', (message: StylesMessage) => {
  for (const [root, style] of Object.entries(message.styles)) {
    styles[root] = {...styles[root], ...style}
  }
  styled = message.chunk
  arrived?.()
})
const linter = createLinter({...data.settings, styles}, data.cwd)

/** Wait until the styles of the files of chunk `chunk` are here. */
async function stylesOf(chunk: number): Promise<void> {
  while (styled < chunk) await new Promise<void>((resolve) => (arrived = resolve))
}

async function run(): Promise<void> {
  for (;;) {
    const chunk = Atomics.add(queue, 0, 1)
    if (chunk >= data.chunks.length - 1) break
    const start = data.chunks[chunk]!
    const end = data.chunks[chunk + 1]!
    await stylesOf(chunk)
    let results: TransferredFile[]
    try {
      results = linter
        .lintMany(data.files.slice(start, end), (offset) =>
          Atomics.store(current, data.slot, start + offset)
        )
        .map((file) => toTransfer(file))
    } catch (error) {
      const cause = error instanceof LintManyError ? error.cause : error
      post({
        type: 'error',
        index:
          error instanceof LintManyError ? start + error.index : Atomics.load(current, data.slot),
        message: cause instanceof Error ? cause.message : String(cause),
        stack: cause instanceof Error ? cause.stack : undefined
      })
      return
    }
    Atomics.store(current, data.slot, -1)
    post({type: 'chunk', start, results})
  }
  post({type: 'done'})
}

await run()
