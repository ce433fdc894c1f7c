/**
 * The Action end to end, as the runner runs it: the bundled dist/index.js as a
 * child process with INPUT_* variables (defaults from action.yml), a real-shaped
 * event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, RUNNER_TEMP, and
 * GITHUB_API_URL pointing at the GitHub API stand-in on 127.0.0.1.
 *
 * Run `npm run bundle` first.
 */
import {spawn} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {startGitHubApi, unreachableUrl, type PullFile, type StandIn} from './helpers/github-api.js'

const root = path.join(import.meta.dirname, '..')
const bundle = path.join(root, 'dist', 'index.js')
const examples = path.join(root, 'examples')
const headSha = 'a1'.repeat(20)
const mergeSha = 'b2'.repeat(20)
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

interface Command {
  kind: 'error' | 'warning' | 'notice'
  properties: Record<string, string>
  message: string
}

interface Run {
  code: number | null
  stdout: string
  stderr: string
  commands: Command[]
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
}

function temp(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  temps.push(dir)
  return dir
}

/** A workspace: a copy of the example suite (orchestration/ and testdata/ at its root). */
function workspace(): string {
  const dir = temp('tpl-ws-')
  fs.cpSync(examples, dir, {recursive: true})
  return dir
}

async function standIn(options: Parameters<typeof startGitHubApi>[0] = {}) {
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

function pullRequestEvent(number: number, changedFiles: number) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Update prompts',
      changed_files: changedFiles,
      head: {ref: 'feature', sha: headSha, repo: {...repository, full_name: 'fork/prompts'}},
      base: {ref: 'main', sha: 'c3'.repeat(20), repo: repository},
      user: {login: 'contributor'}
    },
    repository,
    sender: {login: 'contributor'}
  }
}

const pushEvent = {
  ref: 'refs/heads/main',
  before: 'd4'.repeat(20),
  after: mergeSha,
  repository,
  pusher: {name: 'octo'},
  sender: {login: 'octo'}
}

const actionDefaults = (() => {
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

async function runAction(options: {
  workspace: string
  eventName: string
  event: unknown
  api?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
}): Promise<Run> {
  const runner = temp('tpl-runner-')
  const runnerTemp = path.join(runner, 'temp')
  fs.mkdirSync(runnerTemp)
  const eventPath = path.join(runner, 'event.json')
  fs.writeFileSync(eventPath, JSON.stringify(options.event))
  const outputPath = path.join(runner, 'output')
  const summaryPath = path.join(runner, 'summary.md')
  fs.writeFileSync(outputPath, '')
  fs.writeFileSync(summaryPath, '')
  const inputs = {...actionDefaults, ...options.inputs}
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/prompts',
    GITHUB_SHA: mergeSha,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ACTION: 'lint',
    RUNNER_TEMP: runnerTemp,
    GITHUB_API_URL: options.api ?? 'http://127.0.0.1:9',
    TDD_PROMPT_LINT_RETRY_DELAY_MS: '0',
    TDD_PROMPT_LINT_API_TIMEOUT_MS: '5000',
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const child = spawn(process.execPath, [bundle], {cwd: options.workspace, env})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const timer = setTimeout(() => child.kill('SIGKILL'), 40_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return {
    code,
    stdout,
    stderr,
    commands: parseCommands(stdout),
    outputs: parseOutputs(fs.readFileSync(outputPath, 'utf8')),
    summary: fs.readFileSync(summaryPath, 'utf8'),
    runnerTemp
  }
}

function unescape(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

function parseCommands(stdout: string): Command[] {
  const commands: Command[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1))
    }
    commands.push({
      kind: match[1] as Command['kind'],
      properties,
      message: unescape(match[3] ?? '')
    })
  }
  return commands
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value, delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

/** Every file under a folder with a hash of its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, file)] = crypto
      .createHash('sha1')
      .update(fs.readFileSync(file))
      .digest('hex')
  }
  return files
}

function annotationsOf(run: Run, kind: Command['kind']): Command[] {
  return run.commands.filter((command) => command.kind === kind && command.properties.file)
}

function lineOf(file: string, text: string): number {
  const index = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text))
  if (index < 0) throw new Error(`${text} not in ${file}`)
  return index + 1
}

function promptCount(dir: string): number {
  return fs.readdirSync(dir).filter((name) => /prompt.*\.md$/i.test(name)).length
}

/** Red prompts with nothing but a title: each gives several findings. */
function addBareReds(ws: string, count: number): PullFile[] {
  const added: PullFile[] = []
  for (let index = 0; index < count; index++) {
    const name = `orchestration/prompt_${31 + index}_extra${index}_red.md`
    fs.writeFileSync(path.join(ws, name), `# Red: Extra${index} unit test\n\nText.\n`)
    added.push({filename: name, status: 'added'})
  }
  return added
}

function noStackTrace(run: Run) {
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
}

describe('the Action on a pull request', () => {
  it('lints the touched suite in full and annotates the defects on their lines', async () => {
    const ws = workspace()
    const green = 'orchestration/prompt_04b_iam_orchestrator_green.md'
    fs.rmSync(path.join(ws, green))
    const api = await standIn({
      pulls: {
        7: [
          {filename: green, status: 'removed'},
          {filename: 'README.md', status: 'modified'}
        ]
      }
    })
    const before = snapshot(ws)
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent(7, 2),
      api: api.url
    })

    expect(run.code).toBe(1)
    noStackTrace(run)
    const errors = annotationsOf(run, 'error')
    expect(errors).toContainEqual({
      kind: 'error',
      properties: {
        title: 'pair',
        file: 'orchestration/prompt_04_iam_orchestrator_red.md',
        line: '1',
        endLine: '1',
        col: '1',
        endColumn: '1'
      },
      message: 'Expected `prompt_04b_iam_orchestrator_green.md` to pair with this red prompt'
    })
    const preprompt = 'orchestration/prompt_00_orchestration_preprompt.md'
    const linkLine = String(
      lineOf(path.join(ws, preprompt), 'prompt_04b_iam_orchestrator_green.md')
    )
    const onPreprompt = errors.filter((command) => command.properties.file === preprompt)
    expect(onPreprompt.length).toBeGreaterThan(0)
    expect(onPreprompt.every((command) => command.properties.line === linkLine)).toBe(true)
    expect(onPreprompt.map((command) => command.properties.title)).toContain('prompt-links')
    // The touched suite in full, and the testdata prompts that link to its preprompt (clean).
    expect(run.commands.some((command) => command.properties.file?.startsWith('testdata/'))).toBe(
      false
    )
    const files =
      promptCount(path.join(ws, 'orchestration')) + promptCount(path.join(ws, 'testdata'))
    // The failure itself, one line.
    expect(
      run.commands.filter((command) => command.kind === 'error' && !command.properties.file)
    ).toEqual([
      {
        kind: 'error',
        properties: {},
        message: `${errors.length} errors and 0 warnings in ${files} files (fail-on: error).`
      }
    ])

    expect(run.outputs.errors).toBe(String(errors.length))
    expect(run.outputs.warnings).toBe('0')
    expect(run.outputs.files).toBe(String(files))
    expect(path.dirname(run.outputs.sarif!)).toBe(run.runnerTemp)
    const log = JSON.parse(fs.readFileSync(run.outputs.sarif!, 'utf8'))
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results).toHaveLength(errors.length)
    expect(snapshot(ws)).toEqual(before)

    const requests = api.requests.filter((request) => request.route === 'files')
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({
      path: '/repos/octo/prompts/pulls/7/files',
      query: {per_page: '100'},
      headers: {authorization: `token ${token}`}
    })

    expect(run.summary).toContain('## tdd-prompt-lint')
    expect(run.summary).toContain('the suite folders pull request #7 touches (`orchestration`)')
    expect(run.summary).toContain(
      '| 04 | iam_orchestrator | `prompt_04_iam_orchestrator_red.md` | — | ❌ |'
    )
    expect(run.summary).not.toContain('Suite `testdata`')
    expect(run.summary).toContain('#### `orchestration/prompt_04_iam_orchestrator_red.md`')
  })

  it('also lints the prompt files elsewhere that link into the touched suite', async () => {
    const ws = workspace()
    const green = 'testdata/testdata_prompt_01b_publisher_green.md'
    fs.rmSync(path.join(ws, green))
    const api = await standIn({pulls: {6: [{filename: green, status: 'removed'}]}})
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent(6, 1),
      api: api.url
    })
    expect(run.code).toBe(1)
    const files = new Set(annotationsOf(run, 'error').map((command) => command.properties.file))
    expect(files).toContain('testdata/testdata_prompt_01_publisher_red.md')
    // The orchestration preprompt indexes the testdata pairs: its link to the deleted green breaks.
    const preprompt = 'orchestration/prompt_00_orchestration_preprompt.md'
    expect(fs.readFileSync(path.join(ws, preprompt), 'utf8')).toContain(
      green.replace('testdata/', '../testdata/')
    )
    expect(files).toContain(preprompt)
    expect(files).not.toContain('orchestration/prompt_01_config_generator_red.md')
    expect(run.summary).toContain('Suite `testdata`')
    expect(run.summary).not.toContain('Suite `orchestration`')
  })

  it('counts the old name of a renamed file as a change to its suite', async () => {
    const ws = workspace()
    const red = 'testdata/testdata_prompt_02_subscriber_red.md'
    fs.renameSync(path.join(ws, red), path.join(ws, 'subscriber_red.md'))
    const api = await standIn({
      pulls: {8: [{filename: 'subscriber_red.md', status: 'renamed', previous_filename: red}]}
    })
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent(8, 1),
      api: api.url
    })
    expect(run.code).toBe(1)
    expect(annotationsOf(run, 'error')).toContainEqual(
      expect.objectContaining({
        properties: expect.objectContaining({
          file: 'testdata/testdata_prompt_02b_subscriber_green.md',
          title: 'pair'
        })
      })
    )
    // The testdata suite, and the orchestration preprompt that indexes its pairs.
    expect(run.outputs.files).toBe(String(promptCount(path.join(ws, 'testdata')) + 1))
  })

  it('skips with a notice when no changed file lies in a suite folder', async () => {
    const ws = workspace()
    fs.rmSync(path.join(ws, 'orchestration', 'prompt_04b_iam_orchestrator_green.md'))
    fs.mkdirSync(path.join(ws, 'docs'))
    const api = await standIn({
      pulls: {
        9: [
          {filename: 'docs/orchestration.md', status: 'added'},
          {filename: 'src/testdata.go', status: 'modified'},
          {filename: 'README.md', status: 'modified'}
        ]
      }
    })
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent(9, 3),
      api: api.url
    })
    expect(run.code).toBe(0)
    expect(run.commands).toEqual([
      {
        kind: 'notice',
        properties: {},
        message:
          'Nothing to lint: none of the 3 files pull request #9 changes lies in a suite folder (**/orchestration, **/testdata).'
      }
    ])
    expect(run.outputs).toEqual({errors: '0', warnings: '0', files: '0', sarif: ''})
    expect(run.summary).toContain('Nothing to lint')
    expect(fs.readdirSync(run.runnerTemp)).toEqual([])
  })

  it('annotates the 10 most important of each kind and says how many were left out', async () => {
    const ws = workspace()
    fs.writeFileSync(
      path.join(ws, '.tddpromptlintrc.json'),
      JSON.stringify({rules: {'required-sections': 'warn'}})
    )
    const added = addBareReds(ws, 4)
    const api = await standIn({pulls: {10: added}})
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent(10, added.length),
      api: api.url
    })
    expect(run.code).toBe(1)
    const errors = Number(run.outputs.errors)
    const warnings = Number(run.outputs.warnings)
    expect(errors).toBeGreaterThan(10)
    expect(warnings).toBeGreaterThan(10)
    // 9 findings + the failure message: GitHub's 10 errors a step.
    const errorAnnotations = annotationsOf(run, 'error')
    expect(errorAnnotations).toHaveLength(9)
    expect(run.commands.filter((command) => command.kind === 'error')).toHaveLength(10)
    expect(annotationsOf(run, 'warning')).toHaveLength(10)
    // Errors first, in file and line order.
    const firstWarning = run.commands.findIndex((command) => command.kind === 'warning')
    const lastError = run.commands.findLastIndex(
      (command) => command.kind === 'error' && command.properties.file
    )
    expect(lastError).toBeLessThan(firstWarning)
    const keys = errorAnnotations.map(
      (command) => [command.properties.file!, Number(command.properties.line)] as const
    )
    expect(keys).toEqual(
      [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
    )
    const notice = run.commands.find((command) => command.kind === 'notice')
    expect(notice?.message).toMatch(
      new RegExp(
        `^${errors - 9} errors and ${warnings - 10} warnings not annotated: GitHub shows at most 10 error and 10 warning annotations a step`
      )
    )
    // Every finding is still in the log and the summary.
    expect(run.stdout.match(/^orchestration\/\S+:\d+:\d+ {2}(error|warning) {2}/gm)).toHaveLength(
      errors + warnings
    )
    expect(run.summary.match(/^\| \d+:\d+ \| (error|warning) /gm)).toHaveLength(errors + warnings)
  })
})

describe('checks mode', () => {
  it('publishes every annotation on a check run on the head SHA, 50 a request', async () => {
    const ws = workspace()
    const added = addBareReds(ws, 14)
    const api = await standIn({pulls: {11: added}})
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent(11, added.length),
      api: api.url,
      inputs: {annotations: 'checks'}
    })
    expect(run.code).toBe(1)
    noStackTrace(run)
    const total = Number(run.outputs.errors) + Number(run.outputs.warnings)
    expect(total).toBeGreaterThan(100)
    const checks = api.requests.filter((request) => request.route !== 'files')
    expect(checks[0]).toMatchObject({method: 'POST', path: '/repos/octo/prompts/check-runs'})
    expect(
      checks
        .slice(1)
        .every(
          (request) =>
            request.method === 'PATCH' && request.path === '/repos/octo/prompts/check-runs/1000'
        )
    ).toBe(true)
    expect(checks).toHaveLength(Math.ceil(total / 50))
    const bodies = checks.map(
      (request) =>
        request.body as {
          head_sha?: string
          status?: string
          conclusion?: string
          output: {
            annotations: {
              path: string
              start_line: number
              annotation_level: string
              title: string
            }[]
          }
        }
    )
    expect(bodies[0]?.head_sha).toBe(headSha)
    expect(bodies.every((body) => body.output.annotations.length <= 50)).toBe(true)
    expect(bodies.reduce((sum, body) => sum + body.output.annotations.length, 0)).toBe(total)
    expect(bodies.at(-1)).toMatchObject({status: 'completed', conclusion: 'failure'})
    expect(bodies[0]?.output.annotations[0]).toMatchObject({annotation_level: 'failure'})
    // The check run holds the annotations: no workflow-command annotations besides the failure.
    expect(annotationsOf(run, 'error')).toEqual([])
    expect(annotationsOf(run, 'warning')).toEqual([])
    expect(run.summary).toContain(
      `Every finding (${total}) is annotated on the check run [tdd-prompt-lint](https://github.com/octo/prompts/runs/1000).`
    )
  })

  it('falls back to workflow commands with a notice when the token cannot write checks', async () => {
    const ws = workspace()
    const added = addBareReds(ws, 1)
    const api = await standIn({pulls: {12: added}, faults: [{route: 'create-check', answer: 403}]})
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request_target',
      event: pullRequestEvent(12, 1),
      api: api.url,
      inputs: {annotations: 'checks', 'fail-on': 'never'}
    })
    expect(run.code).toBe(0)
    noStackTrace(run)
    const notice = run.commands.find((command) => command.kind === 'notice')
    expect(notice?.message).toMatch(
      /^Cannot create the check run: 403 Resource not accessible by integration\. The token cannot write checks \(a pull request from a fork gets a read-only token/
    )
    expect(annotationsOf(run, 'error').length).toBe(Math.min(Number(run.outputs.errors), 10))
    expect(
      run.commands.some((command) => command.kind === 'error' && !command.properties.file)
    ).toBe(false)
    expect(api.requests.filter((request) => request.route === 'create-check')).toHaveLength(1)
  })
})

describe('fallbacks', () => {
  it('lints every suite, with a warning, when the API cannot be reached', async () => {
    const ws = workspace()
    fs.rmSync(path.join(ws, 'testdata', 'testdata_prompt_03b_director_green.md'))
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent(13, 1),
      api: await unreachableUrl()
    })
    expect(run.code).toBe(1)
    noStackTrace(run)
    const warning = run.commands.find((command) => command.kind === 'warning')
    expect(warning?.message).toMatch(
      /^Cannot list the pull request's files: cannot reach http:\/\/127\.0\.0\.1:\d+.*\(after 3 retries\), so every suite is linted\.$/
    )
    expect(run.outputs.files).toBe(
      String(promptCount(path.join(ws, 'orchestration')) + promptCount(path.join(ws, 'testdata')))
    )
    expect(annotationsOf(run, 'error')).toContainEqual(
      expect.objectContaining({
        properties: expect.objectContaining({
          file: 'testdata/testdata_prompt_03_director_red.md',
          title: 'pair'
        })
      })
    )
    expect(run.summary).toContain('Suite `orchestration`')
    expect(run.summary).toContain('Suite `testdata`')
  })

  it('lints every suite, with a warning, when the API refuses the token', async () => {
    const api = await standIn({faults: [{route: 'files', answer: 401}]})
    const run = await runAction({
      workspace: workspace(),
      eventName: 'pull_request',
      event: pullRequestEvent(14, 1),
      api: api.url
    })
    expect(run.code).toBe(0)
    expect(run.commands.find((command) => command.kind === 'warning')?.message).toBe(
      "Cannot list the pull request's files: 401 Bad credentials, so every suite is linted."
    )
    expect(api.requests).toHaveLength(1)
    expect(Number(run.outputs.files)).toBeGreaterThan(0)
  })

  it('gives up on an API that does not answer, after bounded retries', async () => {
    const api = await standIn({faults: [{route: 'files', answer: 'hang'}]})
    const run = await runAction({
      workspace: workspace(),
      eventName: 'pull_request',
      event: pullRequestEvent(16, 1),
      api: api.url,
      env: {TDD_PROMPT_LINT_API_TIMEOUT_MS: '300'}
    })
    expect(run.code).toBe(0)
    expect(api.requests).toHaveLength(4)
    expect(run.commands.find((command) => command.kind === 'warning')?.message).toBe(
      `Cannot list the pull request's files: the GitHub API at ${api.url} timed out after 300 ms (after 3 retries), so every suite is linted.`
    )
  })

  it('retries a secondary rate limit and a server error, then lints what changed', async () => {
    const api = await standIn({
      pulls: {17: [{filename: 'README.md', status: 'modified'}]},
      faults: [
        {route: 'files', answer: 'secondary-rate-limit', times: 1},
        {route: 'files', answer: 502, times: 1}
      ]
    })
    const run = await runAction({
      workspace: workspace(),
      eventName: 'pull_request',
      event: pullRequestEvent(17, 1),
      api: api.url
    })
    expect(run.code).toBe(0)
    expect(api.requests.map((request) => request.status)).toEqual([403, 502, 200])
    expect(run.commands.map((command) => command.kind)).toEqual(['notice'])
    expect(run.stdout).toMatch(
      /^GitHub API: 403 You have exceeded a secondary rate limit.*; retrying in 0 ms$/m
    )
  })

  it('lints every suite, with a warning, without a token', async () => {
    const api = await standIn()
    const run = await runAction({
      workspace: workspace(),
      eventName: 'pull_request',
      event: pullRequestEvent(15, 1),
      api: api.url,
      inputs: {'github-token': ''}
    })
    expect(run.code).toBe(0)
    expect(run.commands.find((command) => command.kind === 'warning')?.message).toMatch(
      /No `github-token`/
    )
    expect(api.requests).toEqual([])
  })
})

describe('other events and inputs', () => {
  it('lints every suite on push, without the API', async () => {
    const ws = workspace()
    const api = await standIn()
    const run = await runAction({workspace: ws, eventName: 'push', event: pushEvent, api: api.url})
    expect(run.code).toBe(0)
    expect(run.commands).toEqual([])
    expect(api.requests).toEqual([])
    const files =
      promptCount(path.join(ws, 'orchestration')) + promptCount(path.join(ws, 'testdata'))
    expect(run.outputs).toMatchObject({errors: '0', warnings: '0', files: String(files)})
    expect(run.summary).toContain(`✅ No findings in ${files} files.`)
    expect(run.summary).toContain(
      'every suite is linted on a `push` event (`orchestration`, `testdata`)'
    )
  })

  it('takes suite folders from the paths input', async () => {
    const ws = temp('tpl-ws-')
    fs.cpSync(examples, path.join(ws, 'examples'), {recursive: true})
    fs.rmSync(path.join(ws, 'examples', 'orchestration', 'prompt_01b_config_generator_green.md'))
    const run = await runAction({
      workspace: ws,
      eventName: 'workflow_dispatch',
      event: {inputs: {}, ref: 'refs/heads/main', repository},
      inputs: {paths: 'examples'}
    })
    expect(run.code).toBe(1)
    expect(annotationsOf(run, 'error')).toContainEqual(
      expect.objectContaining({
        properties: expect.objectContaining({
          file: 'examples/orchestration/prompt_01_config_generator_red.md',
          title: 'pair'
        })
      })
    )
  })

  it.each([
    ['error', 0],
    ['warning', 1],
    ['never', 0]
  ])('fail-on %s with warnings only exits %i', async (failOn, code) => {
    const ws = workspace()
    fs.writeFileSync(
      path.join(ws, '.tddpromptlintrc.yaml'),
      'rules:\n  pair: warn\n  prompt-links: warn\n  preprompt-index: warn\n'
    )
    fs.rmSync(path.join(ws, 'orchestration', 'prompt_06_conductor_red.md'))
    const run = await runAction({
      workspace: ws,
      eventName: 'push',
      event: pushEvent,
      inputs: {'fail-on': failOn}
    })
    expect(run.code).toBe(code)
    expect(annotationsOf(run, 'warning')).toContainEqual(
      expect.objectContaining({
        properties: expect.objectContaining({
          file: 'orchestration/prompt_06b_conductor_green.md',
          title: 'pair'
        })
      })
    )
    expect(run.outputs.errors).toBe('0')
    expect(run.outputs.warnings).toBe(String(annotationsOf(run, 'warning').length))
    expect(
      run.commands.some((command) => command.kind === 'error' && !command.properties.file)
    ).toBe(code === 1)
  })

  it('annotations none: no annotations, but the outputs, summary and SARIF file', async () => {
    const ws = workspace()
    fs.rmSync(path.join(ws, 'testdata', 'testdata_prompt_01b_publisher_green.md'))
    const run = await runAction({
      workspace: ws,
      eventName: 'push',
      event: pushEvent,
      inputs: {annotations: 'none'}
    })
    expect(run.code).toBe(1)
    expect(run.commands.filter((command) => command.properties.file)).toEqual([])
    expect(Number(run.outputs.errors)).toBeGreaterThan(0)
    expect(run.summary).toContain('#### `testdata/testdata_prompt_01_publisher_red.md`')
    expect(JSON.parse(fs.readFileSync(run.outputs.sarif!, 'utf8')).runs[0].results).toHaveLength(
      Number(run.outputs.errors)
    )
  })

  it('fail-on never passes with errors', async () => {
    const ws = workspace()
    fs.rmSync(path.join(ws, 'testdata', 'testdata_prompt_01b_publisher_green.md'))
    const run = await runAction({
      workspace: ws,
      eventName: 'push',
      event: pushEvent,
      inputs: {'fail-on': 'never'}
    })
    expect(run.code).toBe(0)
    expect(Number(run.outputs.errors)).toBeGreaterThan(0)
    expect(annotationsOf(run, 'error')).toHaveLength(Number(run.outputs.errors))
    expect(run.summary).toContain('The step passes (`fail-on: never`).')
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
    expect(badInput.commands).toEqual([
      {
        kind: 'error',
        properties: {},
        message:
          'Invalid input fail-on: unexpected `sometimes`, expected one of `error`, `warning`, `never`'
      }
    ])
    fs.writeFileSync(path.join(ws, '.tddpromptlintrc.json'), '{"rules": {"no-such-rule": "error"}}')
    const badConfig = await runAction({workspace: ws, eventName: 'push', event: pushEvent})
    expect(badConfig.code).toBe(1)
    noStackTrace(badConfig)
    expect(badConfig.commands).toHaveLength(1)
    expect(badConfig.commands[0]?.message).toMatch(
      /^Invalid configuration: \.tddpromptlintrc\.json: .*no-such-rule/
    )
  })
})
