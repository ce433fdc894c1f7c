/**
 * `--cache` against the built bin, threads on and off: the same report, byte for
 * byte, as a run without the cache, on examples/ and on a benchmark tree (with its
 * requirement documents), cold, warm, and after neighbours are edited, deleted and
 * renamed. Workers load dist/worker.js, so the threaded path exists only here.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {generateTree, repositoryTree} from '../../bench/generate.mjs'
import {makeTree, removeTrees, runBin} from '../cli-fixtures.js'
import {copyExamples} from '../helpers/copy-examples.js'

afterAll(removeTrees)

/** The report of a run (stdout and exit code; stderr has timings). */
async function report(dir: string, ...args: string[]) {
  const run = await runBin(['--format', 'json', ...args, '.'], dir, {timeout: 120_000})
  expect(run.stderr).toBe('')
  return {code: run.code, stdout: run.stdout}
}

/** Without the cache in one thread, then with it on two threads and on one: the same report each time. */
async function same(dir: string) {
  const expected = await report(dir, '--concurrency', '1')
  expect(await report(dir, '--cache', '--concurrency', '2')).toEqual(expected)
  expect(await report(dir, '--cache', '--concurrency', '1')).toEqual(expected)
  expect(await report(dir, '--cache', '--concurrency', '2')).toEqual(expected)
  return expected
}

/** Every third suite folder: a prompt's prose edited, a green deleted, a red renamed, in turn. */
function change(dir: string) {
  const folders = new Set<string>()
  for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (entry.isFile() && /_red\.md$/.test(entry.name)) folders.add(entry.parentPath)
  }
  ;[...folders].sort().forEach((folder, index) => {
    const names = fs.readdirSync(folder).sort()
    const red = names.find((name) => name.endsWith('_red.md'))!
    const green = names.find((name) => name.endsWith('_green.md'))
    if (index % 3 === 0) fs.appendFileSync(path.join(folder, red), '\nOne more line of prose.\n')
    if (index % 3 === 1 && green) fs.rmSync(path.join(folder, green))
    if (index % 3 === 2) {
      fs.renameSync(path.join(folder, red), path.join(folder, red.replace('_red', '_x_red')))
    }
  })
}

describe('--cache, threads on and off', () => {
  it('examples/: the report without the cache, cold, warm and after changes', async () => {
    const dir = makeTree({})
    copyExamples(dir, {ledger: true})
    fs.mkdirSync(path.join(dir, '.git'))
    expect((await same(dir)).code).toBe(0)
    change(dir)
    expect((await same(dir)).code).toBe(1)
  })

  it('a benchmark tree with requirement documents: the same', async () => {
    const generated = makeTree({})
    const manifest = generateTree(generated, 400)
    const dir = makeTree({})
    repositoryTree(generated, dir, manifest)
    const first = await same(dir)
    expect(first.code).toBe(1)
    change(dir)
    expect((await same(dir)).stdout).not.toBe(first.stdout)
  })
})
