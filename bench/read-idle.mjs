#!/usr/bin/env node
/**
 * The experiment behind BENCHMARK.md's profiling notes: how much a remark-parse
 * of each file costs depending on what runs before it — a synchronous read, a
 * yield to the event loop, or an asynchronous read that waits on the thread pool.
 * Each mode runs in a process of its own over the same files; only the loop is
 * timed (start-up excluded).
 *
 *     node bench/read-idle.mjs [size]      # a tree from bench/generate.mjs, default 1000
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {ensureTree} from './generate.mjs'

const here = fileURLToPath(import.meta.url)
const modes = {
  'readFileSync, then parse': async (file, parse) => parse(fs.readFileSync(file, 'utf8')),
  'await setImmediate, readFileSync, parse': async (file, parse) => {
    await new Promise((resolve) => globalThis.setImmediate(resolve))
    parse(fs.readFileSync(file, 'utf8'))
  },
  'await fs.promises.readFile, then parse': async (file, parse) =>
    parse(await fsp.readFile(file, 'utf8')),
  'fs.readFile with a callback, then parse': async (file, parse) =>
    parse(
      await new Promise((resolve, reject) =>
        fs.readFile(file, 'utf8', (error, text) => (error ? reject(error) : resolve(text)))
      )
    ),
  'await fs.promises.readFile only (no parse)': async (file) => fsp.readFile(file, 'utf8')
}

const [size = '1000', mode] = process.argv.slice(2)
if (mode === undefined) {
  const {root, manifestPath} = ensureTree(
    path.join(path.dirname(here), '..', '.bench'),
    Number(size)
  )
  const {files} = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
  console.log(`${files.length} files of ${root}`)
  for (const name of Object.keys(modes)) {
    process.stdout.write(execFileSync(process.execPath, [here, size, name], {encoding: 'utf8'}))
  }
} else {
  const dir = path.join(path.dirname(here), '..', '.bench')
  const {files} = JSON.parse(fs.readFileSync(path.join(dir, `${size}.json`), 'utf8'))
  const processor = unified().use(remarkParse).freeze()
  const parse = (text) => processor.parse(text)
  const run = modes[mode]
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (const file of files) await run(path.join(dir, size, file), parse)
  const used = process.cpuUsage(cpu)
  const perFile = (ms) => `${(ms / files.length).toFixed(2)} ms`
  console.log(
    `${mode.padEnd(44)} ${perFile(performance.now() - start)} wall, ${perFile((used.user + used.system) / 1000)} CPU a file`
  )
}
