/**
 * `lintFiles` in process: results cross threads as plain data and come back as
 * the same `VFile`s (every reporter prints the same report), results keep the
 * input order, and a worker that fails or throws ends the run with an error
 * naming the file, every other worker stopped. The real worker (dist/worker.js)
 * is exercised through the bin in parallel.test.ts; here stand-in workers play
 * the protocol, since a worker thread cannot load the TypeScript sources.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, test} from 'vitest'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {generateTree} from './helpers/tree.js'
import {createLinter} from '../src/engine/lint.js'
import {
  LintFileError,
  chunkSize,
  chunkStarts,
  lintFiles,
  resolveConcurrency,
  threadCount
} from '../src/engine/parallel.js'
import {reporters} from '../src/reporters/index.js'
import {fromTransfer, toTransfer} from '../src/engine/transfer.js'
import {makeTree, removeTrees} from './cli-fixtures.js'

afterAll(removeTrees)

/** A generated tree with a few more defects, and its prompt files (absolute, sorted). */
function tree(size: number): {dir: string; files: string[]} {
  const dir = makeTree({})
  const manifest = generateTree(dir, size)
  const suite = path.join(dir, path.dirname(manifest.files.at(-1)!))
  const names = fs.readdirSync(suite).sort()
  // Two pairs sharing a number (a related location), a missing green, a bad name.
  const red = names.find((name) => name.endsWith('_red.md'))!
  const added = [
    red.replace('_red.md', '_twin_red.md'),
    'prompt_7_Bad_red.md',
    'prompt_08_binary_red.md'
  ]
  fs.copyFileSync(path.join(suite, red), path.join(suite, added[0]!))
  fs.writeFileSync(path.join(suite, added[1]!), '# Red: bad unit test\n')
  fs.writeFileSync(path.join(suite, added[2]!), Buffer.from([0, 1, 2]))
  fs.rmSync(path.join(suite, names.filter((name) => name.endsWith('_green.md')).at(-1)!))
  const files = [
    ...manifest.files.map((file) => path.join(dir, file)).filter((file) => fs.existsSync(file)),
    ...added.map((name) => path.join(suite, name))
  ]
  return {dir, files: files.sort()}
}

describe('results as plain data', () => {
  test('a round trip through toTransfer and fromTransfer changes no report', async () => {
    const {dir, files} = tree(120)
    const linter = createLinter({rules: {numbering: 'warn'}}, dir)
    const original: VFile[] = []
    for (const file of files) original.push(await linter.lint(file))
    const copies = original.map((file) => fromTransfer(structuredClone(toTransfer(file)), dir))
    const related = copies.flatMap((file) => file.messages).filter((message) => message.cause)
    expect(related.length).toBeGreaterThan(0)
    for (const message of related) {
      expect(message.cause).toBeInstanceOf(VFileMessage)
      expect((message.cause as VFileMessage).file).toMatch(/^\//)
    }
    expect(copies.some((file) => file.messages.some((message) => message.fatal === false))).toBe(
      true
    )
    for (const [name, reporter] of Object.entries(reporters)) {
      expect(reporter(copies, {cwd: dir}), name).toBe(reporter(original, {cwd: dir}))
    }
    // Field by field, but for what cannot cross a thread (mdast ancestors).
    const shape = (file: VFile) =>
      file.messages.map((message) => ({...message, ancestors: undefined}))
    copies.forEach((copy, index) => {
      expect(copy.path).toBe(original[index]!.path)
      expect(shape(copy)).toEqual(shape(original[index]!))
    })
  })
})

describe('threads', () => {
  test('auto: one thread below 400 files, the cores (at most 4) from 400 on', () => {
    expect(resolveConcurrency('auto', 1)).toBe(1)
    expect(resolveConcurrency('auto', 399)).toBe(1)
    expect(resolveConcurrency('auto', 400)).toBe(Math.min(os.availableParallelism(), 4))
    expect(resolveConcurrency(3, 1)).toBe(3)
  })

  test('from the TypeScript sources (no worker.js beside them), linting stays in one thread', async () => {
    expect(threadCount(1000, 4)).toBe(1)
    const {dir, files} = tree(130)
    const results = await lintFiles(files, {}, dir, {concurrency: 4})
    expect(results.map((file) => file.path)).toEqual(files)
  })

  test('chunks of at least chunkSize files end where a package folder ends', () => {
    // Packages of 30 and 45 prompts (two suite folders each), then one of 500 in one folder.
    const files = [
      ...Array.from({length: 30}, (_, i) => `/r/a/orchestration/p${String(i).padStart(3, '0')}.md`),
      ...Array.from(
        {length: 45},
        (_, i) => `/r/b/${i < 20 ? 'orchestration' : 'testdata'}/p${String(i).padStart(3, '0')}.md`
      ),
      ...Array.from({length: 10}, (_, i) => `/r/c/orchestration/p${i}.md`),
      ...Array.from({length: 500}, (_, i) => `/r/d/orchestration/p${String(i).padStart(3, '0')}.md`)
    ]
    const starts = chunkStarts(files)
    // a and b together (b’s testdata stays with its orchestration); c runs on into d, cut at 200 files.
    expect(starts).toEqual([0, 75, 275, 475, 585])
    expect(chunkStarts([])).toEqual([0, 0])
    expect(chunkStarts(files.slice(0, 3))).toEqual([0, 3])
  })

  test('never more threads than chunks', () => {
    const worker = fakeWorker('unused', '')
    expect(threadCount(chunkSize, 4, worker)).toBe(1)
    expect(threadCount(chunkSize + 1, 4, worker)).toBe(2)
    expect(threadCount(10 * chunkSize, 4, worker)).toBe(4)
    expect(threadCount(10 * chunkSize, 1, worker)).toBe(1)
  })
})

const workerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-prompt-lint-workers-'))
afterAll(() => fs.rmSync(workerDir, {recursive: true, force: true}))

/** A stand-in worker module: `body` runs with `data`, `post`, `queue`, `current` in scope. */
function fakeWorker(name: string, body: string): URL {
  const file = path.join(workerDir, `${name}.mjs`)
  fs.writeFileSync(
    file,
    `import {parentPort, workerData as data} from 'node:worker_threads'
const post = (message) => parentPort.postMessage(message)
const queue = new Int32Array(data.queue)
const current = new Int32Array(data.current)
${body}
`
  )
  return pathToFileURL(file)
}

describe('workers', () => {
  test('results come back in input order, rebuilt as VFiles', async () => {
    // Takes chunks like the real worker; every file it takes gets one finding
    // related to the file before it.
    const worker = fakeWorker(
      'marking',
      `for (;;) {
  const chunk = Atomics.add(queue, 0, 1)
  if (chunk >= data.chunks.length - 1) break
  const start = data.chunks[chunk]
  const end = data.chunks[chunk + 1]
  const results = data.files.slice(start, end).map((file, offset) => ({
    path: file,
    messages: [{
      reason: 'from a worker', line: 2, column: 3, place: {line: 2, column: 3},
      ruleId: 'pair', source: 'tdd-prompt-lint', url: 'https://example.com/pair', fatal: true,
      cause: {file: data.files[start + offset - 1] ?? file, reason: 'before', place: {line: 1, column: 1}}
    }]
  }))
  post({type: 'chunk', start, results})
}
post({type: 'done'})`
    )
    const {dir, files} = tree(400)
    const results = await lintFiles(files, {}, dir, {concurrency: 3, workerUrl: worker})
    expect(results.map((file) => file.path)).toEqual(files)
    const fromWorkers = results.filter((file) =>
      file.messages.some((message) => message.reason === 'from a worker')
    )
    // The main thread lints too; a worker starts within a chunk's time.
    expect(fromWorkers.length).toBeGreaterThan(0)
    const message = fromWorkers[0]!.messages[0]!
    expect(message).toBeInstanceOf(VFileMessage)
    expect(message).toMatchObject({
      file: fromWorkers[0]!.path,
      line: 2,
      column: 3,
      ruleId: 'pair',
      fatal: true,
      url: 'https://example.com/pair'
    })
    expect(message.cause).toBeInstanceOf(VFileMessage)
    const json = JSON.parse(reporters.json([fromWorkers[0]!], {cwd: dir}))
    expect(json[0].messages[0].relatedLocations).toHaveLength(1)
  })

  test('a file whose linting throws in a worker: LintFileError naming it', async () => {
    const worker = fakeWorker(
      'throwing',
      `post({type: 'error', index: 7, message: 'Cannot read properties of undefined\\nmore', stack: 'TypeError: x\\n    at rule'})`
    )
    const {dir, files} = tree(200)
    const run = lintFiles(files, {}, dir, {concurrency: 2, workerUrl: worker})
    await expect(run).rejects.toThrow(LintFileError)
    await expect(run).rejects.toThrow(
      `${path.relative(dir, files[7]!)}: Cannot read properties of undefined`
    )
  })

  test('a worker that crashes while linting a file: the file is named, the other workers stopped', async () => {
    const worker = fakeWorker(
      'crashing',
      `if (data.slot === 0) {
  Atomics.store(current, data.slot, 3)
  throw new Error('out of luck')
} else {
  // Never finishes: only terminate() ends it.
  setInterval(() => {}, 1000)
}`
    )
    const {dir, files} = tree(200)
    const error = await lintFiles(files, {}, dir, {concurrency: 3, workerUrl: worker}).catch(
      (error: unknown) => error
    )
    expect(error).toBeInstanceOf(LintFileError)
    expect((error as Error).message).toBe(
      `${path.relative(dir, files[3]!)}: worker thread failed: out of luck`
    )
  })

  test('a worker that exits before it is done, and one that fails before taking a file', async () => {
    const {dir, files} = tree(200)
    const exiting = fakeWorker(
      'exiting',
      `Atomics.store(current, data.slot, 5)
process.exit(3)`
    )
    await expect(lintFiles(files, {}, dir, {concurrency: 2, workerUrl: exiting})).rejects.toThrow(
      `${path.relative(dir, files[5]!)}: worker thread failed: stopped with exit code 3`
    )
    const broken = fakeWorker('broken', `throw new Error('cannot start')`)
    await expect(lintFiles(files, {}, dir, {concurrency: 2, workerUrl: broken})).rejects.toThrow(
      /^worker thread failed: cannot start$/
    )
  })

  test('a file whose linting throws on the main thread: LintFileError, workers stopped', async () => {
    const worker = fakeWorker('idle', `setInterval(() => {}, 1000)`)
    const {dir, files} = tree(200)
    const linter = createLinter({}, dir)
    // Working out one file's house style throws: a bug, not a finding.
    const prepare = linter.model.prepareStyle.bind(linter.model)
    linter.model.prepareStyle = (file) => {
      if (file === path.resolve(dir, files[1]!)) throw new TypeError('boom\nsecond line')
      prepare(file)
    }
    const run = lintFiles(files, {}, dir, {concurrency: 2, workerUrl: worker, linter})
    await expect(run).rejects.toThrow(`${path.relative(dir, files[1]!)}: boom`)
  })
})
