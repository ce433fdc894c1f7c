/**
 * Temporary fixture folders for the CLI tests: a small suite that lints clean
 * (orchestration/ with its preprompt and two pairs, testdata/ with one pair that
 * links the orchestration preprompt, too few prompts for a house style), the
 * methodology layout of examples/ (`exampleSuite`), and defects to plant.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import AjvModule from 'ajv-draft-04'
import type {Streams} from '../src/cli/main.js'

export const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))

/** A red prompt in the other style (Context … Acceptance criteria), linking its preprompt. */
export const red = (title: string, context: string) => `# Red: ${title}

## Context

Read [the preprompt](${context}) first.

## Objective

Write a failing test.

## Test cases

- an empty input is an error

## Constraints

No network.

## Acceptance criteria

The test fails for the right reason.
`

/** A green prompt in the other style, linking its preprompt and its red. */
export const green = (title: string, context: string, redFile: string) => `# Green: ${title}

## Context

Read [the preprompt](${context}) first, then make the test from
[the red prompt](${redFile}) pass.

## Objective

Make the test pass.

## Requirements

- reject an empty input

## Constraints

No network.

## Acceptance criteria

The test passes.
`

const preprompt = `# Orchestration

## Context

The package deploys the test services.

## Components

1. ConfigGenerator: [red](prompt_01_config_generator_red.md), [green](prompt_01b_config_generator_green.md)
2. PreflightValidator: [red](prompt_02_preflight_validator_red.md), [green](prompt_02b_preflight_validator_green.md)

## Conventions

Go, table-driven tests.

## Workflow

Run each red prompt, then its green prompt.
`

const pre = 'prompt_00_orchestration_preprompt.md'
const borrowed = '../orchestration/' + pre

/** The clean suite: relative path → content. */
export const cleanSuite: Record<string, string> = {
  ['orchestration/' + pre]: preprompt,
  'orchestration/prompt_01_config_generator_red.md': red('ConfigGenerator unit test', pre),
  'orchestration/prompt_01b_config_generator_green.md': green(
    'ConfigGenerator',
    pre,
    'prompt_01_config_generator_red.md'
  ),
  'orchestration/prompt_02_preflight_validator_red.md': red('PreflightValidator unit test', pre),
  'orchestration/prompt_02b_preflight_validator_green.md': green(
    'PreflightValidator',
    pre,
    'prompt_02_preflight_validator_red.md'
  ),
  'testdata/testdata_prompt_01_publisher_red.md': red('publisher pre-flight test', borrowed),
  'testdata/testdata_prompt_01b_publisher_green.md': green(
    'publisher main.go',
    borrowed,
    'testdata_prompt_01_publisher_red.md'
  )
}

/** A red prompt with no green prompt: the `pair` rule reports it. */
export const lonelyRed = {
  path: 'orchestration/prompt_03_conductor_red.md',
  content: red('Conductor unit test', pre)
}

/**
 * A pair numbered 05 beside `lonelyRed` (03): nothing is numbered 04, which
 * `numbering-gap` reports on this red prompt, a warning by default.
 */
export const gappedPair: Record<string, string> = {
  'orchestration/prompt_05_dispatcher_red.md': red('Dispatcher unit test', pre),
  'orchestration/prompt_05b_dispatcher_green.md': green(
    'Dispatcher',
    pre,
    'prompt_05_dispatcher_red.md'
  )
}

/**
 * The methodology layout as examples/ holds it (relative path → content), which
 * lints clean: a package folder with its preprompt, six pairs in the house style
 * (Google Docs export, bold labels, changelogs), its plan, a requirement document
 * and a nested testdata/ suite that works under the package's preprompt. With
 * six red and six green prompts, the house style is inferred from them.
 */
export function exampleSuite(folder = 'orchestration'): Record<string, string> {
  const base = path.join(root, 'examples')
  const files: Record<string, string> = {}
  for (const name of fs.readdirSync(path.join(base, folder), {recursive: true}) as string[]) {
    const file = path.join(base, folder, name)
    if (fs.statSync(file).isFile()) {
      files[path.relative(base, file).split(path.sep).join('/')] = fs.readFileSync(file, 'utf8')
    }
  }
  return files
}

const made: string[] = []

/** Make a temporary folder holding `files` (relative path → content) under `base` (default: the root). */
export function makeTree(files: Record<string, string>, base = ''): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-prompt-lint-cli-')))
  made.push(dir)
  writeFiles(dir, files, base)
  return dir
}

export function writeFiles(dir: string, files: Record<string, string>, base = ''): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, base, name)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, content)
  }
}

/** Remove every folder `makeTree` made. */
export function removeTrees(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
}

export interface Captured {
  streams: Streams
  stdout: () => string
  stderr: () => string
}

/** Fake streams that collect what is written; `tty` marks stdout as a terminal. */
export function capture(tty = false): Captured {
  const out: string[] = []
  const err: string[] = []
  const sink = (into: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        into.push(String(chunk))
        callback()
      }
    })
  const stdout = Object.assign(sink(out), {isTTY: tty})
  const stderr = Object.assign(sink(err), {isTTY: false})
  return {streams: {stdout, stderr}, stdout: () => out.join(''), stderr: () => err.join('')}
}

/**
 * A validator for the SARIF 2.1.0 JSON Schema (2.1.0-rtm.5, draft-04, as
 * `@microsoft/jest-sarif` ships it), with the three formats it uses checked.
 * Returns the problems, empty for a valid log.
 */
export function sarifValidator(): (log: unknown) => string[] {
  const require = createRequire(import.meta.url)
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
  // A CommonJS module whose `default` property is the class (as for ajv itself).
  // `unicodeRegExp: false`: the schema's `language` pattern has a stray `]`, which
  // only non-Unicode regular expressions (as in JSON Schema draft-04 tools) allow.
  const ajv = new AjvModule.default({allErrors: true, strict: false, unicodeRegExp: false})
  ajv.addFormat('uri', (value: string) => /^[a-z][a-z\d+.-]*:/i.test(value) && canParse(value))
  ajv.addFormat('uri-reference', (value: string) => canParse(value, 'file:///base/'))
  ajv.addFormat(
    'date-time',
    (value: string) =>
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(value) && !Number.isNaN(Date.parse(value))
  )
  const validate = ajv.compile(schema)
  return (log) =>
    validate(log)
      ? []
      : (validate.errors ?? []).map(
          (error) => `${error.instancePath || '/'} ${error.message ?? ''}`
        )
}

function canParse(value: string, base?: string): boolean {
  try {
    new URL(value, base)
    return true
  } catch {
    return false
  }
}

export interface BinRun {
  /** Exit code, or `null` when the process was killed (see `signal`). */
  code: number | null
  /** The signal that killed the process (a timeout), only when one did. */
  signal?: NodeJS.Signals
  stdout: string
  stderr: string
}

export interface BinOptions {
  /** Node flags before the bin (a memory cap). */
  node?: string[]
  timeout?: number
  uid?: number
  gid?: number
}

/** Run the built bin (`node dist/cli.js`) as a process, without colour settings from the caller. */
export function runBin(args: string[], cwd: string, options: BinOptions = {}): Promise<BinRun> {
  const env = {...process.env}
  delete env.NO_COLOR
  delete env.FORCE_COLOR
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...(options.node ?? []), path.join(root, 'dist', 'cli.js'), ...args],
      {
        cwd,
        env,
        timeout: options.timeout ?? 60_000,
        maxBuffer: 256 * 1024 * 1024,
        ...(options.uid === undefined ? {} : {uid: options.uid, gid: options.gid})
      },
      (error, stdout, stderr) => {
        const failure = error as (Error & {code?: unknown; signal?: NodeJS.Signals}) | null
        resolve({
          code: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0,
          ...(failure?.signal ? {signal: failure.signal} : {}),
          stdout,
          stderr
        })
      }
    )
  })
}
