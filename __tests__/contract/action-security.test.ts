/**
 * Item 3 (#14) against the bundled dist/index.js, its output read as the runner
 * reads it: (a) no byte from the repository or the API starts a workflow
 * command; (c) the job summary holds no HTML; (d) configured suite patterns
 * cannot leave the workspace; (e) output is bounded per file.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {
  annotationsOf,
  cleanUp,
  expectDefinedOutcome,
  loggedFindings,
  messagesOf,
  pullRequestEvent,
  pushEvent,
  requireBundle,
  runAction,
  standIn,
  temp,
  writeSuite
} from '../helpers/action.js'

beforeAll(requireBundle)
afterEach(cleanUp)

const payload =
  '\n::add-mask::PWNED\r##[group]PWNED\n  ::error title=INJECTED::PWNED\u001b[2J\u2028<img src=x onerror=alert(1)>'

describe('(a, c) text from the repository and the API is neutralised', () => {
  it('a prompt named to inject commands and HTML: no command, no HTML, the finding still reported', async () => {
    const ws = temp('tpl-ws-')
    fs.writeFileSync(path.join(ws, '.tddpromptlintrc.json'), JSON.stringify({suites: ['**/*']}))
    const dir = path.join(ws, 'orchestration')
    writeSuite(dir, {pkg: 'orchestration', pairs: ['alpha']})
    const evil = `prompt_02_x${payload.replace(/\//g, '')}_red.md`
    fs.writeFileSync(
      path.join(dir, evil),
      `# Red: x${payload}\n\n[a](prompt_09_${'`|<b>'}_red.md)\n`
    )
    // The API's error message carries the same payload.
    const api = await standIn({
      pages: () => ({status: 401, data: {message: `Bad credentials${payload}`}})
    })
    for (const [eventName, event] of [
      ['push', pushEvent],
      ['pull_request', pullRequestEvent(7)]
    ] as const) {
      const run = await runAction({workspace: ws, eventName, event, api: api.url})
      expectDefinedOutcome(run)
      expect(run.code).toBe(1)
      expect(run.commands.filter((command) => command.properties.title === 'INJECTED')).toEqual([])
      expect(run.stdout + run.stderr).not.toContain('\u001b')
      expect(run.stdout + run.stderr).not.toContain('\u2028')
      // No tag outside the summary's fenced blocks (the map, the renames to run), where
      // nothing is HTML and no line closes the fence before its end.
      const fenced = /^(`{3,})(?:mermaid|sh)\n[\s\S]*?\n\1$/gm
      expect(run.summary.replace(fenced, '')).not.toMatch(/[<>]/)
      expect(run.summary).not.toContain('\u001b')
      // The finding on the evil file is still annotated, on that very file.
      expect(
        annotationsOf(run, 'error').some((command) =>
          command.properties.file?.startsWith('orchestration/prompt_02_x')
        )
      ).toBe(true)
      if (eventName === 'pull_request') {
        expect(messagesOf(run, 'warning').map((command) => command.message)).toContainEqual(
          expect.stringMatching(/^Cannot list the pull request's files: 401 Bad credentials/)
        )
      }
    }
  })
})

describe('(d) configured suites stay in the workspace', () => {
  function outside(): string {
    const dir = temp('tpl-outside-')
    writeSuite(path.join(dir, 'secret'), {pkg: 'secret', lonelyReds: ['leak']})
    return dir
  }

  it.each([
    ['../outside/secret', /climbs out of the workspace with `\.\.`/],
    ['/etc', /is an absolute path/],
    ['link/*', /leads through a symbolic link out of the workspace/]
  ])('refuses `%s` with one line, reading nothing', async (pattern, why) => {
    const ws = temp('tpl-ws-')
    fs.symlinkSync(outside(), path.join(ws, 'link'))
    writeSuite(path.join(ws, 'orchestration'), {pkg: 'orchestration', lonelyReds: ['alpha']})
    fs.writeFileSync(path.join(ws, '.tddpromptlintrc.json'), JSON.stringify({suites: [pattern]}))
    const run = await runAction({workspace: ws, eventName: 'push', event: pushEvent})
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    expect(messagesOf(run, 'error').map((command) => command.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Invalid configuration: \\.tddpromptlintrc\\.json: suite pattern .* ${why.source}`
        )
      )
    ])
    expect(run.stdout).not.toContain('leak')
  })

  it('a pattern that matches everything does not follow a link out of the workspace', async () => {
    const ws = temp('tpl-ws-')
    fs.symlinkSync(path.join(outside(), 'secret'), path.join(ws, 'secret'))
    writeSuite(path.join(ws, 'orchestration'), {pkg: 'orchestration', lonelyReds: ['alpha']})
    fs.writeFileSync(path.join(ws, '.tddpromptlintrc.json'), JSON.stringify({suites: ['**/*']}))
    const run = await runAction({workspace: ws, eventName: 'push', event: pushEvent})
    expectDefinedOutcome(run)
    expect(loggedFindings(run)).toContain('orchestration/prompt_01_alpha_red.md pair')
    expect(run.stdout + run.summary).not.toContain('leak')
  })
})

describe('(e) output is bounded per file', () => {
  function noisy(): string {
    const ws = temp('tpl-ws-')
    const dir = path.join(ws, 'orchestration')
    writeSuite(dir, {pkg: 'orchestration', lonelyReds: ['alpha', 'beta']})
    const links = Array.from({length: 70}, (_, index) => `- [x](prompt_${90 + index}_gone_red.md)`)
    fs.appendFileSync(path.join(dir, 'prompt_01_alpha_red.md'), `\n${links.join('\n')}\n`)
    return ws
  }

  it('workflow commands: at most 5 a file, 10 a step; the summary at most 50 rows a file', async () => {
    const run = await runAction({workspace: noisy(), eventName: 'push', event: pushEvent})
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    const errors = annotationsOf(run, 'error')
    const noisyFile = errors.filter(
      (command) => command.properties.file === 'orchestration/prompt_01_alpha_red.md'
    )
    expect(noisyFile).toHaveLength(5)
    expect(
      errors.some((command) => command.properties.file === 'orchestration/prompt_02_beta_red.md')
    ).toBe(true)
    expect(run.commands.filter((command) => command.name === 'error').length).toBeLessThanOrEqual(
      10
    )
    expect(Number(run.outputs.errors)).toBeGreaterThan(70)
    expect(run.summary).toMatch(
      /\| \| \| \d+ more findings in this file: see the log and the SARIF file \| \|/
    )
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
  })

  it('checks mode: at most 50 annotations of a file on the check run, 50 a request', async () => {
    const api = await standIn({
      pulls: {7: [{filename: 'orchestration/prompt_01_alpha_red.md', status: 'modified'}]}
    })
    const run = await runAction({
      workspace: noisy(),
      eventName: 'pull_request',
      event: pullRequestEvent(7),
      api: api.url,
      inputs: {annotations: 'checks'}
    })
    expectDefinedOutcome(run)
    const sent = api.checkRuns[0]!.bodies.flatMap(
      (body) => (body.output as {annotations: {path: string}[]}).annotations
    )
    expect(
      api.checkRuns[0]!.bodies.every(
        (body) => (body.output as {annotations: unknown[]}).annotations.length <= 50
      )
    ).toBe(true)
    expect(
      sent.filter((annotation) => annotation.path === 'orchestration/prompt_01_alpha_red.md')
    ).toHaveLength(50)
    expect(annotationsOf(run, 'error')).toEqual([])
  })
})
