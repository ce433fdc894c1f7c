/**
 * Item 1 (the Action is a host): what a pull request lints is decided from the
 * changed paths and the engine's discovery alone — the touched folder, its parent
 * and its direct subfolders — and everything is read through the engine, within
 * its bounds. Against the bundled dist/index.js, as the runner runs it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {
  cleanUp,
  expectDefinedOutcome,
  hasPairError,
  loggedFindings,
  messagesOf,
  pullRequestEvent,
  pushEvent,
  requireBundle,
  runAction,
  snapshot,
  standIn,
  temp,
  writeSuite
} from '../helpers/action.js'
import type {PullFile} from '../helpers/github-api.js'

beforeAll(requireBundle)
afterEach(cleanUp)

const lonelyRed = 'pkg/testdata/testdata_prompt_01_beta_red.md'
const otherRed = 'other/prompt_01_gamma_red.md'

/**
 * pkg/ (a preprompt and a pair), pkg/testdata/ (borrows pkg's preprompt; a red
 * prompt without its green), and other/ (a red without its green, and three
 * prompts no reader survives unbounded: 10,000 nested `>`, a link to /dev/zero,
 * markdown that micromark parses in quadratic time).
 */
function workspace(options: {hostile?: boolean} = {}): string {
  const ws = temp('tpl-ws-')
  fs.writeFileSync(path.join(ws, '.tddpromptlintrc.json'), JSON.stringify({suites: ['**/*']}))
  writeSuite(path.join(ws, 'pkg'), {pkg: 'pkg', pairs: ['alpha']})
  writeSuite(path.join(ws, 'pkg', 'testdata'), {
    prefix: 'testdata',
    preprompt: '../prompt_00_pkg_preprompt.md',
    lonelyReds: ['beta']
  })
  writeSuite(path.join(ws, 'other'), {pkg: 'other', lonelyReds: ['gamma']})
  if (options.hostile !== false) {
    const other = path.join(ws, 'other')
    fs.writeFileSync(path.join(other, 'prompt_02_deep_red.md'), '>'.repeat(10_000) + ' deep\n')
    fs.symlinkSync('/dev/zero', path.join(other, 'prompt_03_zero_red.md'))
    if (options.hostile === undefined) {
      fs.writeFileSync(path.join(other, 'prompt_04_slow_red.md'), '> -\n\n'.repeat(170_000))
    }
  }
  return ws
}

const promptsIn = (ws: string, dir: string) =>
  fs.readdirSync(path.join(ws, dir)).filter((name) => /prompt.*\.md$/.test(name)).length

async function pullRequest(ws: string, files: PullFile[]) {
  const api = await standIn({pulls: {7: files}})
  const run = await runAction({
    workspace: ws,
    eventName: 'pull_request',
    event: pullRequestEvent(7, files.length),
    api: api.url
  })
  return {api, run}
}

describe('a pull request lints the suites it touches, and their parent and child suites', () => {
  it('a change in pkg/testdata/ lints it and pkg/, never other/ (whose prompts no reader survives)', async () => {
    const ws = workspace()
    const before = snapshot(ws)
    const {run} = await pullRequest(ws, [{filename: lonelyRed, status: 'modified'}])
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    expect(hasPairError(run, lonelyRed)).toBe(true)
    expect(run.outputs.files).toBe(String(promptsIn(ws, 'pkg') + promptsIn(ws, 'pkg/testdata')))
    expect(run.stdout).not.toContain('other/')
    expect(run.summary).not.toContain('other/')
    expect(snapshot(ws)).toEqual(before)
  })

  it('a change in pkg/ lints its child suite pkg/testdata/ too', async () => {
    const ws = workspace()
    const {run} = await pullRequest(ws, [
      {filename: 'pkg/prompt_00_pkg_preprompt.md', status: 'modified'}
    ])
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    expect(hasPairError(run, lonelyRed)).toBe(true)
    expect(hasPairError(run, otherRed)).toBe(false)
    expect(run.outputs.files).toBe(String(promptsIn(ws, 'pkg') + promptsIn(ws, 'pkg/testdata')))
  })

  it('the old name of a renamed prompt and a removed prompt count as changes to their folders', async () => {
    const ws = workspace()
    const {run} = await pullRequest(ws, [
      {
        filename: 'notes.md',
        status: 'renamed',
        previous_filename: lonelyRed.replace('beta', 'old')
      },
      {filename: 'gone/prompt_01_x_green.md', status: 'removed'}
    ])
    expectDefinedOutcome(run)
    expect(hasPairError(run, lonelyRed)).toBe(true)
    expect(hasPairError(run, otherRed)).toBe(false)
  })

  it('a change next to no suite lints nothing, with a notice', async () => {
    const ws = workspace()
    const {run} = await pullRequest(ws, [
      {filename: 'README.md', status: 'modified'},
      {filename: 'docs/guide.md', status: 'added'}
    ])
    expectDefinedOutcome(run)
    expect(run.code).toBe(0)
    expect(messagesOf(run, 'notice').map((command) => command.message)).toEqual([
      expect.stringMatching(/^Nothing to lint: none of the 2 files pull request #7 changes/)
    ])
    expect(run.outputs).toMatchObject({errors: '0', warnings: '0', files: '0', sarif: ''})
  })
})

describe('linting every suite reads each prompt through the engine, within its bounds', () => {
  it('on push: a deep prompt and a link to /dev/zero are findings, not a crash or a hang', async () => {
    const ws = workspace({hostile: true})
    const run = await runAction({workspace: ws, eventName: 'push', event: pushEvent})
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    const findings = loggedFindings(run)
    expect(findings).toContain(`${lonelyRed} pair`)
    expect(findings).toContain(`${otherRed} pair`)
    expect(findings).toContain('other/prompt_02_deep_red.md too-complex')
    expect(findings).toContain('other/prompt_03_zero_red.md unreadable')
  })
})
