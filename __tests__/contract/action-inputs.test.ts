/**
 * The inputs end to end, against the bundled dist/index.js: `paths`, `fail-on`,
 * `annotations: none`, and a bad input or configuration as one clear line.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {
  annotationsOf,
  cleanUp,
  expectDefinedOutcome,
  hasPairError,
  messagesOf,
  pushEvent,
  repository,
  requireBundle,
  runAction,
  temp,
  writeSuite
} from '../helpers/action.js'

beforeAll(requireBundle)
afterEach(cleanUp)

const red = 'orchestration/prompt_01_alpha_red.md'

function workspace(): string {
  const ws = temp('tpl-ws-')
  writeSuite(path.join(ws, 'orchestration'), {pkg: 'orchestration', lonelyReds: ['alpha']})
  return ws
}

describe('inputs', () => {
  it('takes suite folders from the paths input', async () => {
    const ws = temp('tpl-ws-')
    writeSuite(path.join(ws, 'prompts', 'pkg'), {pkg: 'pkg', lonelyReds: ['alpha']})
    const run = await runAction({
      workspace: ws,
      eventName: 'workflow_dispatch',
      event: {inputs: {}, ref: 'refs/heads/main', repository},
      inputs: {paths: 'prompts'}
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    expect(hasPairError(run, 'prompts/pkg/prompt_01_alpha_red.md')).toBe(true)
  })

  it('refuses a paths entry outside the workspace', async () => {
    const run = await runAction({
      workspace: workspace(),
      eventName: 'push',
      event: pushEvent,
      inputs: {paths: '../elsewhere'}
    })
    expect(run.code).toBe(1)
    expect(messagesOf(run, 'error').map((command) => command.message)).toEqual([
      'Invalid input paths: `../elsewhere` lies outside the workspace, expected a path relative to it'
    ])
  })

  it.each([
    ['error', 1],
    ['never', 0]
  ])('fail-on %s with errors exits %i', async (failOn, code) => {
    const run = await runAction({
      workspace: workspace(),
      eventName: 'push',
      event: pushEvent,
      inputs: {'fail-on': failOn}
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(code)
    expect(hasPairError(run, red)).toBe(true)
  })

  it('annotations none: no annotations, but the outputs, summary and SARIF file', async () => {
    const run = await runAction({
      workspace: workspace(),
      eventName: 'push',
      event: pushEvent,
      inputs: {annotations: 'none'}
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    expect(annotationsOf(run, 'error')).toEqual([])
    expect(Number(run.outputs.errors)).toBeGreaterThan(0)
    expect(path.dirname(run.outputs.sarif!)).toBe(run.runnerTemp)
    const log = JSON.parse(fs.readFileSync(run.outputs.sarif!, 'utf8'))
    expect(log.runs[0].results).toHaveLength(Number(run.outputs.errors))
  })

  it('cache: the files that did not change keep their findings from the run before', async () => {
    const ws = workspace()
    const cache = path.join(temp('tpl-cache-'), 'lint.cache')
    const lint = () =>
      runAction({workspace: ws, eventName: 'push', event: pushEvent, inputs: {cache}})
    const first = await lint()
    expectDefinedOutcome(first)
    expect(first.code).toBe(1)
    expect(hasPairError(first, red)).toBe(true)
    // Mark every cached finding: an annotation with the mark came from the cache.
    fs.writeFileSync(
      cache,
      fs.readFileSync(cache, 'utf8').replaceAll('"reason":"', '"reason":"(cached) ')
    )
    const reasons = (run: Awaited<ReturnType<typeof lint>>) =>
      annotationsOf(run, 'error').map((each) => each.message)
    const second = await lint()
    expect(second.code).toBe(1)
    expect(reasons(second)).not.toHaveLength(0)
    expect(reasons(second).every((each) => each.startsWith('(cached) '))).toBe(true)
    expect(second.outputs).toEqual({...first.outputs, sarif: second.outputs.sarif})
    // The red prompt's text changed: it is linted again.
    fs.appendFileSync(path.join(ws, red), '\nOne more line of prose.\n')
    const third = await lint()
    expect(hasPairError(third, red)).toBe(true)
    expect(reasons(third).some((each) => each.startsWith('(cached) '))).toBe(false)
  })

  it('cache: a file inside the workspace is refused', async () => {
    const run = await runAction({
      workspace: workspace(),
      eventName: 'push',
      event: pushEvent,
      inputs: {cache: '.tddpromptlintcache'}
    })
    expect(run.code).toBe(1)
    expect(messagesOf(run, 'error').map((command) => command.message)).toEqual([
      expect.stringMatching(
        /^Invalid input cache: `\.tddpromptlintcache` lies inside the workspace/
      )
    ])
  })

  it('fails with one clear line for a bad input or configuration', async () => {
    const ws = workspace()
    const badInput = await runAction({
      workspace: ws,
      eventName: 'push',
      event: pushEvent,
      inputs: {'fail-on': 'sometimes'}
    })
    expect(badInput.code).toBe(1)
    expect(messagesOf(badInput, 'error').map((command) => command.message)).toEqual([
      'Invalid input fail-on: unexpected `sometimes`, expected one of `error`, `warning`, `never`'
    ])
    fs.writeFileSync(path.join(ws, '.tddpromptlintrc.json'), '{"rules": {"no-such-rule": "error"}}')
    const badConfig = await runAction({workspace: ws, eventName: 'push', event: pushEvent})
    expectDefinedOutcome(badConfig)
    expect(badConfig.code).toBe(1)
    expect(messagesOf(badConfig, 'error').map((command) => command.message)).toEqual([
      expect.stringMatching(/^Invalid configuration: \.tddpromptlintrc\.json: .*no-such-rule/)
    ])
  })
})
