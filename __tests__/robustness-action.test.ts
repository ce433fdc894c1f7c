/**
 * The Action's part of the bad-input contract (README.contract.md), against the
 * bundled `node dist/index.js` and the GitHub API stand-in on 127.0.0.1
 * (__tests__/helpers/github-api.ts), for the rows __tests__/action.test.ts does not
 * already cover: 403, 404, 422, persistent 5xx and a primary rate limit on the
 * files listing; every fault on the check run; malformed event files; a fork's
 * read-only token; and `pull_request_target` with a workspace that tries to run
 * code. Run `npm run bundle` first.
 */
import {spawn} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {startGitHubApi, type Answer, type Route, type StandIn} from './helpers/github-api.js'

const root = path.join(import.meta.dirname, '..')
const bundle = path.join(root, 'dist', 'index.js')
const examples = path.join(root, 'examples')
const headSha = 'e5'.repeat(20)
const token = 'ghs_standin_token'

const temps: string[] = []
const servers: StandIn[] = []

beforeAll(() => {
  if (!fs.existsSync(bundle))
    throw new Error('dist/index.js is missing: run `npm run bundle` first')
})

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
  for (const dir of temps.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
})

function temp(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)))
  temps.push(dir)
  return dir
}

/** A copy of the example suite with one defect: testdata's pair 03 has no green prompt. */
function workspace(): string {
  const dir = temp('tpl-rb-ws-')
  fs.cpSync(examples, dir, {recursive: true})
  fs.rmSync(path.join(dir, 'testdata', 'testdata_prompt_03b_director_green.md'))
  return dir
}

async function standIn(options: Parameters<typeof startGitHubApi>[0] = {}): Promise<StandIn> {
  const server = await startGitHubApi({timeoutMs: 50_000, ...options})
  servers.push(server)
  return server
}

const repository = {
  id: 1,
  name: 'prompts',
  full_name: 'octo/prompts',
  owner: {login: 'octo', type: 'Organization'},
  private: false,
  default_branch: 'main'
}

/** A pull request from a fork that touches testdata/ (the suite with the defect). */
function forkPullRequest(number: number) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      changed_files: 1,
      head: {ref: 'feature', sha: headSha, repo: {...repository, full_name: 'fork/prompts'}},
      base: {ref: 'main', sha: 'c3'.repeat(20), repo: repository}
    },
    repository
  }
}

const touched = [
  {filename: 'testdata/testdata_prompt_03_director_red.md', status: 'modified'}
] as const

const inputDefaults = (() => {
  const action = parseYaml(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, {default?: string}>
  }
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      name === 'github-token' ? token : String(input.default ?? '')
    ])
  )
})()

interface Command {
  kind: string
  properties: Record<string, string>
  message: string
}

interface Run {
  code: number | null
  killed: boolean
  stdout: string
  stderr: string
  commands: Command[]
  outputs: string
}

async function runAction(options: {
  workspace: string
  eventName: string
  /** The event file's content (a string is written as is), or `null` for no file at all. */
  event: unknown
  api?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
}): Promise<Run> {
  const runner = temp('tpl-rb-runner-')
  fs.mkdirSync(path.join(runner, 'temp'))
  const eventPath = path.join(runner, 'event.json')
  if (options.event !== null) {
    fs.writeFileSync(
      eventPath,
      typeof options.event === 'string' ? options.event : JSON.stringify(options.event)
    )
  }
  const outputPath = path.join(runner, 'output')
  const summaryPath = path.join(runner, 'summary.md')
  fs.writeFileSync(outputPath, '')
  fs.writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/prompts',
    GITHUB_SHA: 'b2'.repeat(20),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: path.join(runner, 'temp'),
    GITHUB_API_URL: options.api ?? 'http://127.0.0.1:9',
    TDD_PROMPT_LINT_RETRY_DELAY_MS: '0',
    TDD_PROMPT_LINT_API_TIMEOUT_MS: '2000',
    ...options.env
  }
  for (const [name, value] of Object.entries({...inputDefaults, ...options.inputs})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const child = spawn(process.execPath, [bundle], {cwd: options.workspace, env})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  let killed = false
  const timer = setTimeout(() => {
    killed = true
    child.kill('SIGKILL')
  }, 45_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return {
    code,
    killed,
    stdout,
    stderr,
    commands: parseCommands(stdout),
    outputs: fs.readFileSync(outputPath, 'utf8')
  }
}

function parseCommands(stdout: string): Command[] {
  const unescape = (value: string) =>
    value
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%')
  const commands: Command[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1))
    }
    commands.push({kind: match[1]!, properties, message: unescape(match[3] ?? '')})
  }
  return commands
}

/** A defined end: the process exits by itself, with no stack trace anywhere. */
function expectDefinedOutcome(run: Run): void {
  expect(run.killed, 'the Action was killed (hung)').toBe(false)
  expect(run.code === 0 || run.code === 1, `exit code ${run.code}`).toBe(true)
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  expect(run.stderr).not.toMatch(/Error:|TypeError|RangeError/)
}

/** The defect in testdata/ is annotated through a workflow command. */
function expectDefectAnnotated(run: Run): void {
  expect(run.commands).toContainEqual(
    expect.objectContaining({
      kind: 'error',
      properties: expect.objectContaining({
        file: 'testdata/testdata_prompt_03_director_red.md',
        title: 'pair'
      })
    })
  )
}

const warningOf = (run: Run) => run.commands.find((command) => command.kind === 'warning')

describe('listing the pull request’s files fails: a clear warning, every suite linted', () => {
  const cases: Array<[Answer, number, RegExp]> = [
    [403, 1, /^Cannot list the pull request's files: 403 Resource not accessible by integration/],
    [404, 1, /^Cannot list the pull request's files: 404 Not Found/],
    [422, 1, /^Cannot list the pull request's files: 422 Validation Failed/],
    [500, 4, /^Cannot list the pull request's files: 500 Server Error.*\(after 3 retries\)/],
    [503, 4, /^Cannot list the pull request's files: 503 Service Unavailable.*\(after 3 retries\)/],
    ['rate-limit', 1, /^Cannot list the pull request's files: 403 API rate limit exceeded/]
  ]

  it.each(cases)('%s: %i request(s), then a warning', async (answer, requests, warning) => {
    const api = await standIn({pulls: {21: [...touched]}, faults: [{route: 'files', answer}]})
    const run = await runAction({
      workspace: workspace(),
      eventName: 'pull_request',
      event: forkPullRequest(21),
      api: api.url
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(requests)
    expect(warningOf(run)?.message).toMatch(warning)
    expect(warningOf(run)?.message).toMatch(/so every suite is linted\.$/)
    expectDefectAnnotated(run)
  })
})

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
      500,
      'warning',
      /^Cannot create the check run: 500 Server Error \(after 3 retries\); /
    ],
    [
      'create-check',
      'secondary-rate-limit',
      'warning',
      /^Cannot create the check run: 403 You have exceeded a secondary rate limit\..* \(after 3 retries\); /
    ],
    [
      'create-check',
      'rate-limit',
      'warning',
      /^Cannot create the check run: 403 API rate limit exceeded for installation\. \(the limit resets at \d\d:\d\d UTC\); /
    ],
    [
      'create-check',
      'hang',
      'warning',
      /^Cannot create the check run: the GitHub API at .* timed out after 500 ms/
    ]
  ]

  it.each(cases)('%s answers %s: a %s', async (route, answer, kind, message) => {
    const api = await standIn({pulls: {22: [...touched]}, faults: [{route, answer}]})
    const run = await runAction({
      workspace: workspace(),
      eventName: 'pull_request',
      event: forkPullRequest(22),
      api: api.url,
      inputs: {annotations: 'checks'},
      env: {TDD_PROMPT_LINT_API_TIMEOUT_MS: '500'}
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    const said = run.commands.filter((command) => !command.properties.file)
    expect(said.map((command) => command.kind)).toEqual([kind, 'error'])
    expect(said[0]!.message).toMatch(message)
    expect(said[0]!.message.endsWith(fallback)).toBe(true)
    expectDefectAnnotated(run)
  })

  it('a later batch of the check run fails: the run is completed and the failure said', async () => {
    const ws = workspace()
    // Red prompts with only a title: more than 50 findings, so more than one request.
    const added = Array.from({length: 8}, (_, index) => {
      const name = `testdata/testdata_prompt_${41 + index}_extra${index}_red.md`
      fs.writeFileSync(path.join(ws, name), `# Red: extra ${index}\n`)
      return {filename: name, status: 'added' as const}
    })
    const api = await standIn({
      pulls: {26: [...touched, ...added]},
      faults: [{route: 'update-check', answer: 500, times: 4}]
    })
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: forkPullRequest(26),
      api: api.url,
      inputs: {annotations: 'checks'}
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    const patches = api.requests.filter((request) => request.route === 'update-check')
    expect(patches.length).toBeGreaterThan(1)
    const said = run.commands.filter((command) => !command.properties.file)
    expect(said[0]?.message).toMatch(/check run/i)
    expect(said[0]?.message).toMatch(/500 Server Error/)
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
    const unplaced = run.commands.filter((command) => !command.properties.file)
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
    expect(run.commands).toEqual([
      {
        kind: 'error',
        properties: {},
        message: expect.stringMatching(
          /^Invalid configuration: \.tddpromptlintrc\.json: unknown key `(plugins|extends)`$/
        )
      }
    ])
    expect(fs.readdirSync(markers)).toEqual([])
  })
})
