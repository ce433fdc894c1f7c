/**
 * Cost follows what is linted: a one-file run inside a big repository reads
 * what that file's findings depend on (its own package), not every prompt of
 * the repository. Proven by the files the run's suite model reads, not by time.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createLinter, type Linter} from '../../src/engine/lint.js'
import {loadConfig} from '../../src/config/config.js'
import {collectFiles} from '../../src/io/files.js'
import {traceInScope} from '../../src/suite/scoped-trace.js'
import {copyExamples} from '../helpers/copy-examples.js'

/** Packages of the big repository: each a copy of examples/ (three suites, requirement documents, a plan). */
const packages = 12
let big: string
let alone: string

beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'reads-'))
  big = path.join(base, 'big')
  alone = path.join(base, 'alone')
  for (let index = 0; index < packages; index++) {
    copyExamples(path.join(big, 'packages', `p${String(index).padStart(2, '0')}`), {ledger: true})
  }
  copyExamples(path.join(alone, 'packages', 'p00'), {ledger: true})
  for (const repository of [big, alone]) fs.mkdirSync(path.join(repository, '.git'))
})
afterAll(() => fs.rmSync(path.dirname(big), {recursive: true, force: true}))

/** A linter on a repository whose suite model records every file it reads. */
function counting(repository: string): {linter: Linter; reads: string[]} {
  const linter = createLinter({}, repository)
  const reads: string[] = []
  const suiteFs = linter.model.fs
  const read = suiteFs.read.bind(suiteFs)
  suiteFs.read = (file) => {
    reads.push(path.relative(repository, file))
    return read(file)
  }
  return {linter, reads}
}

/** Files read outside the linted package (`packages/p00`). */
const elsewhere = (reads: string[]) =>
  [...new Set(reads)].filter((file) => !file.startsWith(path.join('packages', 'p00') + path.sep))

const findings = (file: {messages: Array<{line?: number; column?: number; reason: string}>}) =>
  file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)

const red = path.join('packages', 'p00', 'orchestration', 'prompt_01_config_generator_red.md')
const green = path.join('packages', 'p00', 'orchestration', 'prompt_01b_config_generator_green.md')
const ledgerRed = path.join('packages', 'p00', 'ledger', 'store', 'prompt_02a_ledger_store_red.md')

describe('a one-file run in a repository of many packages', () => {
  it('reads no prompt and no requirement document of another package', async () => {
    for (const file of [red, green]) {
      const {linter, reads} = counting(big)
      await linter.lint(path.join(big, file))
      expect(elsewhere(reads), file).toEqual([])
      expect(reads.length, file).toBeGreaterThan(0)
    }
  })

  it('a buffer (standard input, an editor) citing IDs reads only its own package, with the findings of the package alone', async () => {
    const text =
      fs.readFileSync(path.join(big, red), 'utf8') + '\n* **(L1-1.9) Not defined:** a typo.\n'
    const {linter, reads} = counting(big)
    const inBig = await linter.lintText(text, path.join(big, red))
    expect(elsewhere(reads)).toEqual([])
    const inAlone = await counting(alone).linter.lintText(text, path.join(alone, red))
    expect(findings(inBig)).toEqual(findings(inAlone))
    expect(findings(inBig).join('\n')).toContain('Unexpected requirement `L1-1.9`')
  })

  it('a prompt of a suite in another dialect (a plan, role-named preprompts) reads only its own package', async () => {
    expect(fs.existsSync(path.join(big, ledgerRed))).toBe(true)
    const {linter, reads} = counting(big)
    await linter.lint(path.join(big, ledgerRed))
    expect(elsewhere(reads)).toEqual([])
  })

  it("the job summary's trace of one suite reads only its own package, and shows what the package alone shows", () => {
    const suite = path.join('packages', 'p00', 'orchestration')
    const {linter, reads} = counting(big)
    const rows = traceInScope(linter.model, [path.join(big, suite)])
    expect(elsewhere(reads)).toEqual([])
    expect(reads).toContain(red)
    const shown = (repository: string, each: typeof rows) =>
      each.map(
        (row) =>
          `${row.id} ${row.status} ${row.prompts.map((file) => path.relative(repository, file)).join(',')}`
      )
    const inAlone = traceInScope(counting(alone).linter.model, [path.join(alone, suite)])
    expect(rows.length).toBeGreaterThan(0)
    expect(shown(big, rows)).toEqual(shown(alone, inAlone))
  })

  it('a requirement document reads the prompts of its own package for its citations, no other', async () => {
    const document = path.join('packages', 'p00', 'orchestration', 'l1_requirements.md')
    const {linter, reads} = counting(big)
    const inBig = await linter.lint(path.join(big, document))
    expect(elsewhere(reads)).toEqual([])
    expect(reads).toContain(red)
    const inAlone = await counting(alone).linter.lint(path.join(alone, document))
    expect(findings(inBig)).toEqual(findings(inAlone))
  })
})

describe('a run over a whole package', () => {
  it('reads each file once: the house style counted from the prompts serves their checks', async () => {
    const {linter, reads} = counting(alone)
    const {files} = await collectFiles([path.join(alone, 'packages')], {
      cwd: alone,
      config: loadConfig(alone)
    })
    expect(files.length).toBeGreaterThan(20)
    const results = linter.lintMany(files)
    expect(results.length).toBe(files.length)
    const twice = [...new Set(reads.filter((file, index) => reads.indexOf(file) !== index))]
    expect(twice).toEqual([])
    expect(reads).toContain(red)
  })
})
