/**
 * The job summary as the bundled Action writes it on the example suite: pair
 * matrices with borrowed preprompts, the requirements trace, and inline control
 * honoured by the Action.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, beforeAll, expect, it} from 'vitest'
import {cleanUp, pushEvent, requireBundle, runAction, temp} from '../helpers/action.js'
import {copyExamples} from '../helpers/copy-examples.js'

beforeAll(requireBundle)
afterEach(cleanUp)

function workspace(): string {
  const ws = temp('tpl-summary-')
  copyExamples(ws)
  fs.mkdirSync(path.join(ws, '.git'))
  return ws
}

it('shows the requirements trace, uncovered first, and the borrowed preprompt of testdata/', async () => {
  const ws = workspace()
  const requirements = path.join(ws, 'orchestration', 'l1_requirements.md')
  fs.appendFileSync(
    requirements,
    '\n| ID | Requirement |\n|---|---|\n| 9.1 | The conductor **must** log every rollout. |\n'
  )
  const run = await runAction({workspace: ws, eventName: 'push', event: pushEvent})
  expect(run.code).toBe(0)
  // The summary escapes markdown punctuation in repository text: read it as rendered.
  const summary = run.summary.replace(/\\(.)/g, '$1')
  expect(summary).toContain('### Requirements')
  const rows = summary.split('\n').filter((line) => /^\| L1-/.test(line))
  expect(rows[0]).toMatch(/^\| L1-9\.1 \| uncovered \| — \|$/)
  expect(
    rows.some((row) => /^\| L1-1\.1 \| covered \| .*prompt_01_config_generator_red\.md/.test(row))
  ).toBe(true)
  expect(summary).toMatch(
    /### Suite orchestration\/testdata\n\nPreprompt: orchestration\/prompt_00_orchestration_preprompt\.md \(borrowed: from the folder above\)/
  )
  // The map of the suites in scope, with the uncovered requirement marked.
  const map = /### Map\n\n```mermaid\n([\s\S]*?)\n```\n/.exec(run.summary)?.[1] ?? ''
  expect(map).toMatch(/^flowchart LR\n/)
  expect(map).toContain('subgraph s2["orchestration"]')
  const uncovered = /(n\d+)\["L1-9\.1 uncovered"\]/.exec(map)?.[1]
  expect(uncovered).toBeDefined()
  expect(map).toMatch(new RegExp(`^  class (?:n\\d+,)*${uncovered}(?:,n\\d+)* marked$`, 'm'))
})

it('honours inline control: a disabled finding is neither annotated nor counted', async () => {
  const ws = workspace()
  const green = path.join(ws, 'orchestration', 'prompt_04b_iam_orchestrator_green.md')
  fs.rmSync(green)
  const red = path.join(ws, 'orchestration', 'prompt_04_iam_orchestrator_red.md')
  const plain = await runAction({workspace: ws, eventName: 'push', event: pushEvent})
  expect(plain.code).toBe(1)
  expect(
    plain.commands.some((command) => command.name === 'error' && command.message.includes('pair'))
  ).toBe(true)
  fs.writeFileSync(red, '<!--lint disable pair-->\n\n' + fs.readFileSync(red, 'utf8'))
  const silenced = await runAction({workspace: ws, eventName: 'push', event: pushEvent})
  expect(silenced.code).toBe(0)
  expect(silenced.commands.filter((command) => command.name === 'error')).toEqual([])
})

it('links each finding to its line in the file at the commit linted', async () => {
  const ws = workspace()
  fs.rmSync(path.join(ws, 'orchestration', 'prompt_04b_iam_orchestrator_green.md'))
  const run = await runAction({
    workspace: ws,
    eventName: 'push',
    event: pushEvent,
    env: {GITHUB_SERVER_URL: 'https://github.com'}
  })
  expect(run.summary).toContain(
    '[1\\:1](https://github.com/octo/prompts/blob/' +
      'b2'.repeat(20) +
      '/orchestration/prompt_04_iam_orchestrator_red.md#L1)'
  )
})
