/**
 * `--cache`: a warm run that nothing changed prints what the cold run printed,
 * from the cache; any change a finding can depend on (a neighbour deleted or
 * renamed, a file edited, the configuration) gives exactly what a run without
 * the cache gives. Through `main()` as the CLI runs it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {capture, exampleSuite, makeTree, removeTrees} from './cli-fixtures.js'
import {copyExamples, examples} from './helpers/copy-examples.js'

let dir: string
beforeEach(() => {
  dir = makeTree(exampleSuite())
  fs.mkdirSync(path.join(dir, '.git'))
})
afterEach(removeTrees)

async function run(...argv: string[]) {
  const io = capture()
  const code = await main(['--format', 'json', ...argv], dir, io.streams)
  return {code, stdout: io.stdout(), stderr: io.stderr()}
}
const cold = () => run('.')
const warm = () => run('--cache', '.')
const at = (name: string) => path.join(dir, 'orchestration', name)
const cacheFile = () => path.join(dir, '.tddpromptlintcache')

describe('--cache', () => {
  it('a warm run with nothing changed prints what the cold run printed, from the cache', async () => {
    fs.rmSync(at('prompt_02b_preflight_validator_green.md'))
    const expected = await cold()
    expect(expected.code).toBe(1)
    expect(fs.existsSync(cacheFile())).toBe(false)
    expect(await warm()).toEqual(expected)
    expect(fs.existsSync(cacheFile())).toBe(true)
    expect(await warm()).toEqual(expected)
    // The warm run read its findings from the cache: a reason changed there is what it prints.
    const stored = fs.readFileSync(cacheFile(), 'utf8')
    expect(stored).toContain('Expected a green prompt')
    fs.writeFileSync(
      cacheFile(),
      stored.replace('Expected a green prompt', 'Cached: a green prompt')
    )
    expect((await warm()).stdout).toContain('Cached: a green prompt')
  })

  it.each([
    ['a neighbour deleted', () => fs.rmSync(at('prompt_02b_preflight_validator_green.md'))],
    [
      'a neighbour renamed',
      () =>
        fs.renameSync(
          at('prompt_03b_deployment_orchestrator_green.md'),
          at('prompt_03b_deployment_orchestrator_v2_green.md')
        )
    ],
    [
      'a neighbour edited (same size)',
      () => {
        const file = at('prompt_04b_iam_orchestrator_green.md')
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Prompt 04', 'Prompt 05'))
        // The same modification time as before cannot hide the edit: the content counts.
        fs.utimesSync(file, new Date(0), new Date(0))
      }
    ],
    [
      'the configuration changed',
      () =>
        fs.writeFileSync(
          path.join(dir, '.tddpromptlintrc.json'),
          JSON.stringify({rules: {'plan-coverage': 'off'}})
        )
    ],
    ['a new file', () => fs.writeFileSync(at('prompt_09_auditor_red.md'), '# Prompt 09\n')]
  ])('%s: the warm run gives what a run without the cache gives', async (_name, change) => {
    fs.utimesSync(at('prompt_04b_iam_orchestrator_green.md'), new Date(0), new Date(0))
    await warm()
    change()
    const expected = await cold()
    expect(await warm()).toEqual(expected)
  })

  it('a damaged cache file is read as no cache, and replaced', async () => {
    const expected = await cold()
    fs.writeFileSync(cacheFile(), '{not json')
    expect(await warm()).toEqual(expected)
    expect(JSON.parse(fs.readFileSync(cacheFile(), 'utf8'))).toBeTypeOf('object')
  })

  it('--cache-location names the file (or the folder it goes in)', async () => {
    const expected = await cold()
    expect(await run('--cache', '--cache-location', 'build/lint.cache', '.')).toEqual(expected)
    expect(fs.existsSync(path.join(dir, 'build', 'lint.cache'))).toBe(true)
    fs.mkdirSync(path.join(dir, 'tmp'))
    expect(await run('--cache', '--cache-location', 'tmp/', '.')).toEqual(expected)
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual(['.tddpromptlintcache'])
  })
})

it('examples/: the same report with and without the cache, whatever --concurrency says', async () => {
  fs.rmSync(dir, {recursive: true, force: true})
  copyExamples(dir, {ledger: true})
  fs.mkdirSync(path.join(dir, '.git'))
  fs.rmSync(path.join(dir, 'ledger', 'api', 'prompt_05b_transfer_handler_green.md'))
  const expected = await run('--concurrency', '1', '.')
  expect(expected.stdout).toContain('prompt_05a_transfer_handler_red.md')
  expect(await run('--cache', '--concurrency', '2', '.')).toEqual(expected)
  expect(await run('--cache', '--concurrency', '1', '.')).toEqual(expected)
  expect(await run('--cache', '--concurrency', '2', '.')).toEqual(expected)
})

it('a change re-lints the files whose inputs it changes, and takes the others from the cache', async () => {
  fs.rmSync(dir, {recursive: true, force: true})
  copyExamples(dir, {ledger: true})
  fs.mkdirSync(path.join(dir, '.git'))
  const ledgerRed = path.join(dir, 'ledger', 'api', 'prompt_05a_transfer_handler_red.md')
  const ownRed = path.join(dir, 'orchestration', 'prompt_03_deployment_orchestrator_red.md')
  fs.rmSync(path.join(dir, 'ledger', 'api', 'prompt_05b_transfer_handler_green.md'))
  fs.rmSync(path.join(dir, 'orchestration', 'prompt_03b_deployment_orchestrator_green.md'))
  await warm()
  // Mark every cached finding: a finding printed with the mark came from the cache.
  const mark = () =>
    fs.writeFileSync(
      cacheFile(),
      fs.readFileSync(cacheFile(), 'utf8').replaceAll('"reason":"', '"reason":"(cached) ')
    )
  const reasons = (report: string, file: string) =>
    (JSON.parse(report) as Array<{filePath: string; messages: Array<{message: string}>}>)
      .find((each) => each.filePath === path.relative(dir, file))!
      .messages.map((each) => each.message)
  mark()
  // Prose edited in one prompt: that prompt is linted afresh; the other suites' files are not.
  fs.appendFileSync(ownRed, '\nOne more sentence of prose.\n')
  let report = (await warm()).stdout
  expect(reasons(report, ownRed)).not.toHaveLength(0)
  expect(reasons(report, ownRed).some((each) => each.startsWith('(cached)'))).toBe(false)
  expect(reasons(report, ledgerRed)).not.toHaveLength(0)
  expect(reasons(report, ledgerRed).every((each) => each.startsWith('(cached)'))).toBe(true)
  // The missing green restored: its red's findings change, and the ledger's stay cached.
  mark()
  fs.writeFileSync(
    path.join(dir, 'orchestration', 'prompt_03b_deployment_orchestrator_green.md'),
    fs.readFileSync(
      path.join(examples, 'orchestration', 'prompt_03b_deployment_orchestrator_green.md')
    )
  )
  report = (await warm()).stdout
  expect(reasons(report, ownRed)).toEqual([])
  expect(reasons(report, ledgerRed).every((each) => each.startsWith('(cached)'))).toBe(true)
  // Without the marks, the warm run reports what a cold run reports.
  fs.rmSync(cacheFile())
  await warm()
  fs.rmSync(ledgerRed)
  expect(await warm()).toEqual(await cold())
})

it('a cache file naming questions the model does not answer lints every file again', async () => {
  const expected = await cold()
  await warm()
  const data = JSON.parse(fs.readFileSync(cacheFile(), 'utf8')) as {answers: string[]}
  const questions = ['constructor\0[]', '__proto__\0[]', 'toString\0[]', 'no-such\0[]', 'folder\0{']
  data.answers = data.answers.map((_each, index) => questions[index % questions.length] + '\0x')
  fs.writeFileSync(
    cacheFile(),
    JSON.stringify(data).replaceAll('"reason":"', '"reason":"(cached) ')
  )
  // A new file elsewhere in the repository: the questions are asked again.
  fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n')
  const again = await warm()
  expect(again.stdout).not.toContain('(cached)')
  expect(again).toEqual(await cold())
  expect(again.code).toBe(expected.code)
})

it('a cache file with damaged entries lints those files again, and the run goes on', async () => {
  const expected = await cold()
  await warm()
  const data = JSON.parse(fs.readFileSync(cacheFile(), 'utf8')) as {
    files: Record<string, Record<string, unknown>>
  }
  const damage = [
    {asked: 'not a list'},
    {messages: null},
    {own: 7},
    {asked: [1.5]},
    {messages: [{place: 'nowhere', reason: 3}]}
  ]
  Object.values(data.files).forEach((entry, index) => Object.assign(entry, damage[index % 5]))
  fs.writeFileSync(cacheFile(), JSON.stringify(data))
  expect(await warm()).toEqual(expected)
  // And again in another state of the repository (the entries' questions asked again).
  fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n')
  fs.writeFileSync(cacheFile(), JSON.stringify(data))
  expect(await warm()).toEqual(await cold())
})
