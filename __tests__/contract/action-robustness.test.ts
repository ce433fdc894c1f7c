/**
 * The Action's part of the bad-input contract, against the bundled dist/index.js
 * and the GitHub API stand-in on 127.0.0.1: malformed event files, a fork's
 * read-only token, every fault on the check run, and `pull_request_target` with a
 * workspace that tries to run code. Fixture suites are planted here: testdata/
 * has a red prompt without its green (a `pair` error), which a full lint finds.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {
  cleanUp,
  expectDefinedOutcome,
  headSha,
  messagesOf,
  pullRequestEvent,
  requireBundle,
  runAction,
  standIn,
  temp,
  writeSuite,
  type Run
} from '../helpers/action.js'
import type {Answer, Route} from '../helpers/github-api.js'

beforeAll(requireBundle)
afterEach(cleanUp)

const lonelyRed = 'testdata/testdata_prompt_01_beta_red.md'

function workspace(): string {
  const ws = temp('tpl-rb-ws-')
  writeSuite(path.join(ws, 'orchestration'), {pkg: 'orchestration', pairs: ['alpha']})
  writeSuite(path.join(ws, 'testdata'), {pkg: 'testdata', prefix: 'testdata', lonelyReds: ['beta']})
  return ws
}

const forkPullRequest = (number: number) => pullRequestEvent(number)
const touched = [{filename: lonelyRed, status: 'modified'}] as const

/** The planted defect is annotated through a workflow command. */
function expectDefectAnnotated(run: Run): void {
  expect(run.commands).toContainEqual(
    expect.objectContaining({
      name: 'error',
      properties: expect.objectContaining({file: lonelyRed, title: 'pair'})
    })
  )
}

const warningOf = (run: Run) => messagesOf(run, 'warning')[0]

describe('the check run fails: a clear message, the findings as workflow commands instead', () => {
  const fallback = '; annotating through workflow commands instead.'
  const cases: Array<[Route, Answer, 'warning' | 'notice', RegExp]> = [
    ['create-check', 401, 'warning', /^Cannot create the check run: 401 Bad credentials; /],
    [
      'create-check',
      403,
      'notice',
      /^Cannot create the check run: 403 .*The token cannot write checks/
    ],
    [
      'create-check',
      404,
      'notice',
      /^Cannot create the check run: 404 Not Found\. The token cannot/
    ],
    ['create-check', 422, 'warning', /^Cannot create the check run: 422 Validation Failed; /],
    [
      'create-check',
      'rate-limit',
      'warning',
      /^Cannot create the check run: 403 API rate limit exceeded for installation\. \(the limit resets at \d\d:\d\d UTC\); /
    ]
  ]

  it.each(cases)('%s answers %s: a %s', async (route, answer, kind, message) => {
    const api = await standIn({pulls: {22: [...touched]}, faults: [{route, answer}]})
    const run = await runAction({
      workspace: workspace(),
      eventName: 'pull_request',
      event: forkPullRequest(22),
      api: api.url,
      inputs: {annotations: 'checks'}
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    const said = run.commands.filter(
      (command) => ['error', 'warning', 'notice'].includes(command.name) && !command.properties.file
    )
    expect(said.map((command) => command.name)).toEqual([kind, 'error'])
    expect(said[0]!.message).toMatch(message)
    expect(said[0]!.message.endsWith(fallback)).toBe(true)
    expectDefectAnnotated(run)
  })
})

describe('a malformed event: a defined outcome, never a stack trace', () => {
  const events: Array<[string, unknown]> = [
    ['no event file', null],
    ['an empty file', ''],
    ['invalid JSON', '{"pull_request": {"number": 3'],
    ['a JSON array', '[1, 2, 3]'],
    ['JSON null', 'null'],
    ['a pull request without a number', {pull_request: {head: {sha: headSha}}}],
    ['a number that is a string', {pull_request: {number: '21', head: {sha: 7}}}],
    ['a negative number', {pull_request: {number: -1, head: {sha: headSha}}}],
    ['a huge number', {pull_request: {number: 1e300, head: {sha: headSha}}}],
    ['binary garbage', Buffer.from([0xff, 0, 0xfe, 0x7b]).toString('latin1')]
  ]

  it.each(events)('%s', async (_label, event) => {
    const api = await standIn({pulls: {21: [...touched]}})
    const run = await runAction({
      workspace: workspace(),
      eventName: 'pull_request',
      event,
      api: api.url
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    expectDefectAnnotated(run)
    expect(warningOf(run)?.message).toBe(
      'The event payload names no pull request, so every suite is linted.'
    )
    expect(api.requests).toEqual([])
  })
})

describe('a pull request from a fork, with a read-only token', () => {
  it('annotates through workflow commands and never asks to write', async () => {
    const api = await standIn({
      pulls: {23: [...touched]},
      // A read-only token: any write is refused.
      faults: [
        {route: 'create-check', answer: 403},
        {route: 'update-check', answer: 403}
      ]
    })
    const run = await runAction({
      workspace: workspace(),
      eventName: 'pull_request',
      event: forkPullRequest(23),
      api: api.url
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    expectDefectAnnotated(run)
    expect(api.requests.map((request) => `${request.method} ${request.route}`)).toEqual([
      'GET files'
    ])
    // The only failure is the lint result, not a permission problem.
    const unplaced = run.commands.filter(
      (command) => ['error', 'warning', 'notice'].includes(command.name) && !command.properties.file
    )
    expect(unplaced.map((command) => command.message).join('\n')).not.toMatch(
      /permission|403|not accessible/i
    )
  })
})

describe('pull_request_target: nothing from the workspace runs; configuration is data', () => {
  /** Files that each write a marker into `markers` if anything executes, requires or imports them. */
  function plant(ws: string, markers: string): string[] {
    const payload = (name: string) =>
      `require('node:fs').writeFileSync(${JSON.stringify(path.join(markers, name))}, 'ran')\n`
    const esm = (name: string) =>
      `import fs from 'node:fs'\nfs.writeFileSync(${JSON.stringify(path.join(markers, name))}, 'ran')\nexport default {}\n`
    const shell = (name: string) =>
      `#!/bin/sh\necho ran > ${JSON.stringify(path.join(markers, name))}\n`
    const files: Record<string, string> = {
      '.tddpromptlintrc.js': payload('rc-js'),
      '.tddpromptlintrc.cjs': payload('rc-cjs'),
      '.tddpromptlintrc.mjs': esm('rc-mjs'),
      'tdd-prompt-lint.config.js': payload('config-js'),
      '.remarkrc.js': payload('remarkrc-js'),
      '.remarkrc.mjs': esm('remarkrc-mjs'),
      'node_modules/tdd-prompt-lint/package.json': JSON.stringify({
        name: 'tdd-prompt-lint',
        type: 'commonjs',
        main: 'index.js',
        bin: {'tdd-prompt-lint': 'index.js'},
        exports: {'.': './index.js', './preset': './index.js', './*': './index.js'},
        scripts: {postinstall: 'node index.js'}
      }),
      'node_modules/tdd-prompt-lint/index.js': payload('node-modules-self'),
      'node_modules/tdd-prompt-lint/dist/index.js': esm('node-modules-dist-index'),
      'node_modules/tdd-prompt-lint/dist/cli.js': esm('node-modules-dist-cli'),
      'node_modules/unified/package.json': JSON.stringify({name: 'unified', main: 'index.js'}),
      'node_modules/unified/index.js': payload('node-modules-unified'),
      'node_modules/yaml/package.json': JSON.stringify({name: 'yaml', main: 'index.js'}),
      'node_modules/yaml/index.js': payload('node-modules-yaml'),
      'node_modules/.bin/tdd-prompt-lint': shell('bin-tdd-prompt-lint'),
      'node_modules/.bin/node': shell('bin-node'),
      'node_modules/.bin/git': shell('bin-git'),
      'package.json': JSON.stringify({
        name: 'evil',
        type: 'module',
        main: 'index.js',
        scripts: Object.fromEntries(
          ['preinstall', 'install', 'postinstall', 'prepare', 'pretest', 'test', 'lint'].map(
            (script) => [script, `node -e "${payload('script-' + script).replace(/"/g, '\\"')}"`]
          )
        ),
        imports: {'#evil': './index.js'}
      }),
      'index.js': esm('workspace-index'),
      '.npmrc': `script-shell=${path.join(ws, 'node_modules/.bin/node')}\n`,
      // Configuration as data: YAML tags that would run code in other loaders are only strings.
      '.tddpromptlintrc.yaml': [
        '$schema: !!js/function \'function () { require("fs").writeFileSync("x") }\'',
        'rules:',
        '  numbering: warn',
        ''
      ].join('\n')
    }
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(ws, name)
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, content)
      if (name.includes('.bin/')) fs.chmodSync(file, 0o755)
    }
    return Object.keys(files)
  }

  function snapshot(dir: string): Record<string, string> {
    const out: Record<string, string> = {}
    for (const entry of (fs.readdirSync(dir, {recursive: true}) as string[]).sort()) {
      const file = path.join(dir, entry)
      const stat = fs.lstatSync(file)
      out[entry] = stat.isFile()
        ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
        : stat.isDirectory()
          ? 'folder'
          : 'other'
    }
    return out
  }

  it('lints the pull request’s prompts without running, requiring or importing any of it', async () => {
    const ws = workspace()
    const markers = temp('tpl-rb-markers-')
    const planted = plant(ws, markers)
    const before = snapshot(ws)
    const api = await standIn({pulls: {24: [...touched]}})
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request_target',
      event: forkPullRequest(24),
      api: api.url,
      // The workspace's tools first on PATH, as a careless workflow might set it.
      env: {PATH: `${path.join(ws, 'node_modules/.bin')}:${process.env.PATH ?? ''}`}
    })
    expectDefinedOutcome(run)
    expect(fs.readdirSync(markers), 'code from the workspace ran').toEqual([])
    // The YAML configuration was read (as data): the tag is not code and the rule levels apply.
    expect(run.code).toBe(1)
    expectDefectAnnotated(run)
    expect(planted).toContain('.tddpromptlintrc.yaml')
    expect(snapshot(ws)).toEqual(before)
  })

  it('a configuration that tries to load plugins or presets is refused as unknown keys', async () => {
    const ws = workspace()
    const markers = temp('tpl-rb-markers-')
    fs.writeFileSync(
      path.join(ws, 'plugin.js'),
      `require('node:fs').writeFileSync(${JSON.stringify(path.join(markers, 'plugin'))}, 'ran')\n`
    )
    fs.writeFileSync(
      path.join(ws, '.tddpromptlintrc.json'),
      JSON.stringify({plugins: ['./plugin.js'], extends: './plugin.js', rules: {}})
    )
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request_target',
      event: forkPullRequest(25),
      api: (await standIn({pulls: {25: [...touched]}})).url
    })
    expect(run.killed).toBe(false)
    expect(run.code).toBe(1)
    expect(
      run.commands.map(({name, properties, message}) => ({name, properties, message}))
    ).toEqual([
      {
        name: 'error',
        properties: {},
        message: expect.stringMatching(
          /^Invalid configuration: \.tddpromptlintrc\.json: unknown key `(plugins|extends)`$/
        )
      }
    ])
    expect(fs.readdirSync(markers)).toEqual([])
  })
})
