/**
 * Contract: a project that already uses remark-cli adds the preset to its
 * `.remarkrc` and gets the same findings as our own engine, plans and
 * requirement documents included. Runs the real remark-cli binary against the
 * built package (dist/), as a user's project would; slow, so it lives with the
 * process tests (the in-process version is __tests__/remark-cli.test.ts).
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {
  engineRows,
  order,
  plantedProject,
  plantedRules,
  type Row
} from '../helpers/remark-parity.js'

const run = promisify(execFile)
const repo = path.join(import.meta.dirname, '..', '..')
let root: string

beforeAll(() => {
  root = plantedProject()
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
})

afterAll(() => {
  fs.rmSync(root, {recursive: true, force: true})
})

it('remark-cli with the preset reports what the engine reports, plans and requirements included', async () => {
  const cli = path.join(repo, 'node_modules', 'remark-cli', 'cli.js')
  const result = await run(
    process.execPath,
    [cli, 'orchestration', 'deployment', '--no-stdout', '--report', 'json'],
    {cwd: root}
  ).catch((error: {code: number; stdout: string; stderr: string}) => error)
  expect('code' in result ? result.code : 0).toBe(1)
  const report = JSON.parse(result.stderr) as {
    path: string
    messages: {line: number; column: number; ruleId: string; reason: string; fatal: boolean}[]
  }[]
  const fromRemark: Row[] = report.flatMap((file) =>
    file.messages.map((message) => ({
      file: file.path,
      line: message.line ?? undefined,
      column: message.column ?? undefined,
      ruleId: message.ruleId,
      reason: message.reason,
      fatal: message.fatal
    }))
  )
  const fromEngine = await engineRows(root)
  expect(new Set(fromEngine.map((row) => row.ruleId))).toEqual(new Set(plantedRules))
  expect(order(fromRemark)).toEqual(order(fromEngine))
})
