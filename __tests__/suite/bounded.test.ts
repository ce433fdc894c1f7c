/**
 * What the suite model keeps follows the work, not the repository: in a
 * repository of more package folders than it keeps listings of, a whole run
 * gets the findings a fresh model gets for each file, and lists each folder a
 * few times at most, however many folders there are (it listed the first
 * package's folder once per package when a scope's prompts were counted again
 * for each folder).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createLinter} from '../../src/engine/lint.js'

const packages = 300
let repository: string
let files: string[]

beforeAll(() => {
  repository = fs.mkdtempSync(path.join(os.tmpdir(), 'bounded-'))
  fs.mkdirSync(path.join(repository, '.git'))
  files = []
  for (let index = 0; index < packages; index++) {
    const name = `pkg${String(index).padStart(3, '0')}`
    const dir = path.join(repository, 'packages', name, 'orchestration')
    fs.mkdirSync(dir, {recursive: true})
    const write = (file: string, text: string) => {
      fs.writeFileSync(path.join(dir, file), text)
      files.push(path.join(dir, file))
    }
    write(`prompt_00_${name}_preprompt.md`, `# ${name}: master context\n\nThe package ${name}.\n`)
    write('prompt_01_parser_red.md', '# Red: Parser unit test\n\nWrite the failing test.\n')
    // Every seventh package's green prompt is missing: a pair finding that must survive eviction.
    if (index % 7 !== 0) {
      write('prompt_01b_parser_green.md', '# Green: Parser implementation\n\nMake it pass.\n')
    }
  }
  files.sort()
})
afterAll(() => fs.rmSync(repository, {recursive: true, force: true}))

const findings = (file: {
  messages: Array<{line?: number; ruleId?: string | null; reason: string}>
}) => file.messages.map((message) => `${message.line} ${message.ruleId} ${message.reason}`)

describe('a run over more folders than the model keeps', () => {
  it('finds what a fresh model finds for each file, listing each folder a few times at most', () => {
    const linter = createLinter({}, repository)
    const listed = new Map<string, number>()
    const suiteFs = linter.model.fs
    const list = suiteFs.list.bind(suiteFs)
    suiteFs.list = (dir) => {
      listed.set(dir, (listed.get(dir) ?? 0) + 1)
      return list(dir)
    }
    const results = linter.lintMany(files)
    // A few whole-scope walks (the house style, the requirements outline, the index
    // of prompts below the root) and the file's own questions: never once per file.
    expect(Math.max(...listed.values())).toBeLessThanOrEqual(8)
    expect(listed.size).toBeGreaterThan(packages)

    const pairs = results.filter((file) => findings(file).some((each) => each.includes('pair')))
    expect(pairs.length).toBe(Math.ceil(packages / 7))
    for (const at of [0, 1, 2, Math.floor(files.length / 2), files.length - 2, files.length - 1]) {
      const fresh = createLinter({}, repository).lintMany([files[at]!])[0]!
      expect(findings(results[at]!), files[at]).toEqual(findings(fresh))
    }
  })
})
