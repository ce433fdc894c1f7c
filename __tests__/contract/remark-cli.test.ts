/**
 * A project that already uses remark-cli adds the preset to `.remarkrc` and gets
 * the same findings as our own engine. Runs the real remark-cli binary against
 * the built package (dist/), as a user's project would, on a fixture suite with
 * planted defects.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {createLinter} from '../../src/lint.js'
import {clearSuiteCache} from '../../src/suite.js'
import {cleanSuite, writeFiles} from '../cli-fixtures.js'

const run = promisify(execFile)
const repo = path.join(import.meta.dirname, '..', '..')
let root: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-remark-'))
  writeFiles(root, cleanSuite)
  fs.mkdirSync(path.join(root, 'node_modules'))
  fs.symlinkSync(repo, path.join(root, 'node_modules', 'tdd-prompt-lint'), 'dir')
  // remark-cli loads `--report json` from the project, as it would in a user's project.
  const reporter = path.join(repo, 'node_modules', 'vfile-reporter-json')
  fs.symlinkSync(reporter, path.join(root, 'node_modules', 'vfile-reporter-json'), 'dir')
  // A user's project: its own package.json, so no package.json further up can take over resolution.
  fs.writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({name: 'prompts', private: true})
  )
  fs.writeFileSync(
    path.join(root, '.remarkrc.json'),
    JSON.stringify({plugins: ['tdd-prompt-lint/preset']})
  )
  // Plant defects of several rules, in both folders: a red without its green, a
  // bad name, a renamed required section.
  fs.rmSync(path.join(root, 'orchestration', 'prompt_02b_preflight_validator_green.md'))
  fs.renameSync(
    path.join(root, 'testdata', 'testdata_prompt_01_publisher_red.md'),
    path.join(root, 'testdata', 'testdata_prompt_1_publisher_red.md')
  )
  const green = path.join(root, 'orchestration', 'prompt_01b_config_generator_green.md')
  fs.writeFileSync(green, fs.readFileSync(green, 'utf8').replace('## Requirements', '## Needs'))
})

afterAll(() => {
  fs.rmSync(root, {recursive: true, force: true})
})

interface Row {
  file: string
  line: number | undefined
  column: number | undefined
  ruleId: string | undefined
  reason: string
  fatal: boolean | null | undefined
}

it('remark-cli with the preset reports what the engine reports', async () => {
  const cli = path.join(repo, 'node_modules', 'remark-cli', 'cli.js')
  const result = await run(
    process.execPath,
    [cli, 'orchestration', 'testdata', '--no-stdout', '--report', 'json'],
    {
      cwd: root
    }
  ).catch((error: {code: number; stdout: string; stderr: string}) => error)
  expect('code' in result ? result.code : 0).toBe(1)
  const report = JSON.parse(result.stderr) as {
    path: string
    messages: {line: number; column: number; ruleId: string; reason: string; fatal: boolean}[]
  }[]
  const fromRemark: Row[] = report.flatMap((file) =>
    file.messages.map((message) => ({
      file: file.path,
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      reason: message.reason,
      fatal: message.fatal
    }))
  )

  clearSuiteCache()
  const linter = createLinter({}, root)
  const fromEngine: Row[] = []
  for (const folder of ['orchestration', 'testdata']) {
    for (const name of fs.readdirSync(path.join(root, folder)).sort()) {
      const file = await linter.lint(path.join(root, folder, name))
      for (const message of file.messages) {
        fromEngine.push({
          file: `${folder}/${name}`,
          line: message.line,
          column: message.column,
          ruleId: message.ruleId,
          reason: message.reason,
          fatal: message.fatal
        })
      }
    }
  }

  const found = new Set(fromEngine.map((row) => row.ruleId))
  for (const id of ['pair', 'file-name', 'required-sections']) expect(found).toContain(id)
  const order = (rows: Row[]) =>
    [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  expect(order(fromRemark)).toEqual(order(fromEngine))
})
