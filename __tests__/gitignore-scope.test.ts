/**
 * What git ignores is no part of a suite's scope: suites in a git-ignored folder
 * (a build's output, a benchmark's generated trees) are neither linted nor counted
 * in the house style of the suites beside them, whatever entry checks a file.
 * `--no-gitignore` counts them again, for discovery and the house style alike.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, beforeEach, expect, it} from 'vitest'
import {generateTree} from '../bench/generate.mjs'
import {main} from '../src/cli/main.js'
import {createLinter} from '../src/engine/lint.js'
import {capture, makeTree, removeTrees} from './cli-fixtures.js'
import {copyExamples} from './helpers/copy-examples.js'

let dir: string
beforeEach(() => {
  // examples/ has three preprompts, too few for a style of their own: the repository decides.
  dir = makeTree({})
  copyExamples(dir)
  fs.mkdirSync(path.join(dir, '.git'))
  // Generated suites whose preprompts share sections the examples' do not have.
  generateTree(path.join(dir, 'generated', 'tree'), 500)
  fs.writeFileSync(path.join(dir, '.gitignore'), '# generated\n/generated/\n')
})
afterEach(removeTrees)

async function run(...argv: string[]) {
  const io = capture()
  const code = await main(['--format', 'json', ...argv], dir, io.streams)
  const report = JSON.parse(io.stdout()) as Array<{filePath: string; messages: unknown[]}>
  return {code, files: report.length, findings: report.flatMap((each) => each.messages)}
}

it('a git-ignored folder of suites is neither linted nor part of the house style', async () => {
  const examples = await run('.')
  expect(examples).toMatchObject({code: 0, findings: []})
  // The engine (the language server's and remark's path) gives a file the same answer.
  const linter = createLinter({}, dir)
  const file = path.join(dir, 'orchestration', 'prompt_00_orchestration_preprompt.md')
  expect((await linter.lint(file)).messages).toEqual([])
  // Counted again: the generated preprompts decide the repository's preprompt style.
  const all = await run('--no-gitignore', '.')
  expect(all.files).toBeGreaterThan(examples.files + 499)
  expect(all.findings.length).toBeGreaterThan(0)
})

it('a .gitignore below the repository root applies to the folders below it', async () => {
  fs.rmSync(path.join(dir, '.gitignore'))
  fs.writeFileSync(path.join(dir, 'generated', '.gitignore'), 'tree/\n')
  expect(await run('.')).toMatchObject({code: 0, findings: []})
})
