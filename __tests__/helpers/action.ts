/**
 * The one harness for the Action's process tests: the bundled dist/index.js run
 * as the runner runs it — a child process with INPUT_* variables (defaults from
 * action.yml), a real-shaped event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, RUNNER_TEMP, and GITHUB_API_URL pointing at the GitHub API stand-in on
 * 127.0.0.1 (./github-api.ts) — and its output read the way the runner reads it.
 *
 * Fixture suites are written into temporary folders by the tests themselves
 * (`writeSuite`), so a test asserts on the findings it planted. Run
 * `npm run bundle` first.
 */
import {spawn} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {expect} from 'vitest'
import {startGitHubApi, type StandIn, type StandInOptions} from './github-api.js'

export const root = path.join(import.meta.dirname, '..', '..')
export const bundle = path.join(root, 'dist', 'index.js')
export const headSha = 'a1'.repeat(20)
export const mergeSha = 'b2'.repeat(20)
export const token = 'ghs_standin_token'

const temps: string[] = []
const servers: StandIn[] = []

/** Throws unless dist/index.js exists (call it in `beforeAll`). */
export function requireBundle(): void {
  if (!fs.existsSync(bundle))
    throw new Error('dist/index.js is missing: run `npm run bundle` first')
}

/** Stop every stand-in and remove every temporary folder (call it in `afterEach`). */
export async function cleanUp(): Promise<void> {
  for (const server of servers.splice(0)) await server.close()
  for (const dir of temps.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
}

/** A temporary folder (its real path), removed by `cleanUp`. */
export function temp(prefix = 'tpl-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)))
  temps.push(dir)
  return dir
}

/** A stand-in for the GitHub API, closed by `cleanUp` (and by itself after 50 s). */
export async function standIn(options: StandInOptions = {}): Promise<StandIn> {
  const server = await startGitHubApi({timeoutMs: 50_000, ...options})
  servers.push(server)
  return server
}

export const repository = {
  id: 1,
  name: 'prompts',
  full_name: 'octo/prompts',
  owner: {login: 'octo', type: 'Organization'},
  private: false,
  default_branch: 'main'
}

/** A `pull_request` payload (from a fork) for pull request `number`. */
export function pullRequestEvent(number: number, changedFiles = 1) {
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

export const pushEvent = {
  ref: 'refs/heads/main',
  before: 'd4'.repeat(20),
  after: mergeSha,
  repository,
  pusher: {name: 'octo'},
  sender: {login: 'octo'}
}

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

/** A workflow command as the runner reads it. */
export interface Command {
  /** `error`, `warning`, `notice`, `group`, … or, for a legacy `##[name]` line, `##name`. */
  name: string
  properties: Record<string, string>
  message: string
  /** The line as printed. */
  line: string
}

export interface Run {
  code: number | null
  /** Killed after the harness's time bound: the Action hung. */
  killed: boolean
  ms: number
  stdout: string
  stderr: string
  /** Every command the runner would obey, from stdout and stderr. */
  commands: Command[]
  /** Log lines that are not commands. */
  log: string[]
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
}

export interface RunOptions {
  workspace: string
  eventName: string
  /** The event file's content (a string is written as is), or `null` for no file. */
  event: unknown
  api?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** Kill the Action after this long (default 45 s). */
  killAfterMs?: number
}

export async function runAction(options: RunOptions): Promise<Run> {
  const runner = temp('tpl-runner-')
  const runnerTemp = path.join(runner, 'temp')
  fs.mkdirSync(runnerTemp)
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
    GITHUB_SHA: mergeSha,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ACTION: 'lint',
    RUNNER_TEMP: runnerTemp,
    GITHUB_API_URL: options.api ?? 'http://127.0.0.1:9',
    ...options.env
  }
  for (const [name, value] of Object.entries({...inputDefaults, ...options.inputs})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const started = Date.now()
  const child = spawn(process.execPath, [bundle], {cwd: options.workspace, env})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  let killed = false
  const timer = setTimeout(() => {
    killed = true
    child.kill('SIGKILL')
  }, options.killAfterMs ?? 45_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  const {commands, log} = readLog(stdout + '\n' + stderr)
  return {
    code,
    killed,
    ms: Date.now() - started,
    stdout,
    stderr,
    commands,
    log,
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

/**
 * The log as the runner reads it: split on `\r` and `\n`, leading white space
 * trimmed; a line starting with `::` or `##[` is a command.
 */
export function readLog(output: string): {commands: Command[]; log: string[]} {
  const commands: Command[] = []
  const log: string[] = []
  for (const raw of output.split(/[\r\n]/)) {
    const line = raw.replace(/^\s+/, '')
    if (line.startsWith('##[')) {
      const match = /^##\[([^\]]*)\](.*)$/.exec(line)
      commands.push({
        name: `##${match?.[1] ?? ''}`,
        properties: {},
        message: match?.[2] ?? '',
        line
      })
      continue
    }
    if (!line.startsWith('::')) {
      if (line) log.push(line)
      continue
    }
    const end = line.indexOf('::', 2)
    const head = end < 0 ? line.slice(2) : line.slice(2, end)
    const space = head.indexOf(' ')
    const name = space < 0 ? head : head.slice(0, space)
    const properties: Record<string, string> = {}
    for (const pair of (space < 0 ? '' : head.slice(space + 1)).split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      if (at > 0) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1))
    }
    commands.push({name, properties, message: unescape(end < 0 ? '' : line.slice(end + 2)), line})
  }
  return {commands, log}
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value, delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

/** The commands the Action itself issues; anything else in a log was injected. */
export const ownCommands = ['error', 'warning', 'notice', 'group', 'endgroup', 'debug']

/** Annotations (commands with a file) of one kind. */
export function annotationsOf(run: Run, kind: 'error' | 'warning' | 'notice'): Command[] {
  return run.commands.filter((command) => command.name === kind && command.properties.file)
}

/** Commands of one kind without a file: the Action's own messages. */
export function messagesOf(run: Run, kind: 'error' | 'warning' | 'notice'): Command[] {
  return run.commands.filter((command) => command.name === kind && !command.properties.file)
}

/** A defined end: the process exited by itself, 0 or 1, with no stack trace. */
export function expectDefinedOutcome(run: Run): void {
  expect(run.killed, 'the Action was killed (hung)').toBe(false)
  expect(
    run.code === 0 || run.code === 1,
    `exit code ${run.code}\n${run.stdout}${run.stderr}`
  ).toBe(true)
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  expect(run.stderr).not.toMatch(/Error:|TypeError|RangeError/)
  for (const command of run.commands) {
    expect(ownCommands, `an injected command: ${JSON.stringify(command.line)}`).toContain(
      command.name
    )
  }
}

/** Whether a `pair` error is annotated on `file` (relative to the workspace). */
export function hasPairError(run: Run, file: string): boolean {
  return annotationsOf(run, 'error').some(
    (command) => command.properties.file === file && command.properties.title === 'pair'
  )
}

/**
 * Every finding the Action logged (it logs each one, annotated or not), as
 * `<file> <rule>`.
 */
export function loggedFindings(run: Run): string[] {
  const found: string[] = []
  for (const line of run.log) {
    const match = /^(.+?):\d+:\d+ {2}(?:error|warning) {2}.* {2}(\S+)$/.exec(line)
    if (match) found.push(`${match[1]} ${match[2]}`)
  }
  return found
}

/** Every file under a folder with a hash of its content. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
    const file = path.join(entry.parentPath, entry.name)
    const stat = fs.lstatSync(file)
    files[path.relative(dir, file)] = stat.isFile()
      ? crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex')
      : stat.isDirectory()
        ? 'folder'
        : 'other'
  }
  return files
}

export interface SuiteSpec {
  /** The package name in the preprompt's name; none: no preprompt in this folder. */
  pkg?: string
  /** Prefix of the prompt names (`testdata` → `testdata_prompt_…`). */
  prefix?: string
  /** Slugs of complete red/green pairs, numbered 01, 02… */
  pairs?: string[]
  /** Slugs of red prompts without a green one (each a planted `pair` error), numbered after `pairs`. */
  lonelyReds?: string[]
  /** Relative link to the preprompt the prompts use (default: the folder's own). */
  preprompt?: string
}

/**
 * Write a suite of prompt files into `dir` (created), in the shape the README
 * describes; returns the file names written. The only findings the tests rely on
 * are the ones planted (a red prompt without its green: `pair`).
 */
export function writeSuite(dir: string, spec: SuiteSpec): string[] {
  fs.mkdirSync(dir, {recursive: true})
  const prefix = spec.prefix ? `${spec.prefix}_` : ''
  const preName = spec.pkg ? `${prefix}prompt_00_${spec.pkg}_preprompt.md` : undefined
  const preLink = spec.preprompt ?? preName ?? 'prompt_00_missing_preprompt.md'
  const written: string[] = []
  const write = (name: string, content: string) => {
    fs.writeFileSync(path.join(dir, name), content)
    written.push(name)
  }
  const pairs = spec.pairs ?? []
  const lonely = spec.lonelyReds ?? []
  const redName = (n: number, slug: string) =>
    `${prefix}prompt_${String(n).padStart(2, '0')}_${slug}_red.md`
  const greenName = (n: number, slug: string) =>
    `${prefix}prompt_${String(n).padStart(2, '0')}b_${slug}_green.md`
  const red = (n: number, slug: string) =>
    [
      `# Red: ${slug} unit test`,
      '',
      '## Context',
      '',
      `Read the [preprompt](${preLink}) first.`,
      '',
      '## Objective',
      '',
      `Write a failing unit test for ${slug}.`,
      '',
      '## Test cases',
      '',
      '- It works.',
      '',
      '## Constraints',
      '',
      '- None.',
      '',
      '## Acceptance criteria',
      '',
      '- The test fails.',
      ''
    ].join('\n')
  const green = (n: number, slug: string) =>
    [
      `# Green: ${slug}`,
      '',
      '## Context',
      '',
      `Read the [preprompt](${preLink}) and the [red prompt](${redName(n, slug)}).`,
      '',
      '## Objective',
      '',
      `Make the test of ${slug} pass.`,
      '',
      '## Requirements',
      '',
      '- Do it.',
      '',
      '## Constraints',
      '',
      '- None.',
      '',
      '## Acceptance criteria',
      '',
      '- The test passes.',
      ''
    ].join('\n')
  pairs.forEach((slug, index) => {
    write(redName(index + 1, slug), red(index + 1, slug))
    write(greenName(index + 1, slug), green(index + 1, slug))
  })
  lonely.forEach((slug, index) => {
    const n = pairs.length + index + 1
    write(redName(n, slug), red(n, slug))
  })
  if (preName) {
    const components = [...pairs, ...lonely].map(
      (slug, index) => `${index + 1}. [${slug}](${redName(index + 1, slug)})`
    )
    write(
      preName,
      [
        `# ${spec.pkg} preprompt`,
        '',
        '## Context',
        '',
        `The ${spec.pkg} package.`,
        '',
        '## Components',
        '',
        ...(components.length > 0 ? components : ['None yet.']),
        '',
        '## Conventions',
        '',
        '- Small steps.',
        '',
        '## Workflow',
        '',
        '- Red, then green.',
        ''
      ].join('\n')
    )
  }
  return written
}
