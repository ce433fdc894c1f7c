/**
 * Command-line flags, parsed strictly with `node:util`'s `parseArgs`: an unknown
 * flag or a bad value is a `UsageError` with a one-line reason.
 */
import {parseArgs} from 'node:util'
import type {Concurrency} from '../engine/parallel.js'
import {formatNames, type FormatName} from '../reporters/index.js'
import {parse as parseYaml} from 'yaml'
import {rules} from '../../rules/index.js'
import {didYouMean} from '../config/suggest.js'
import type {RuleSetting} from '../engine/lint.js'
import type {ResolvedConfig} from '../config/config.js'

export interface CliOptions {
  /** Files and folders to lint; none: every suite folder under the working directory. */
  paths: string[]
  /** Paths given as `!pattern`: gitignore patterns that leave files out (`!**\/vendor/**`). */
  exclude: string[]
  /** Whether `.gitignore` files leave files out (`--no-gitignore`: no). */
  gitignore: boolean
  /** `--rule 'id: level'` / `--rule 'id: [level, {options}]'`, over the configuration's. */
  rules: Record<string, RuleSetting>
  format: FormatName
  output: string | undefined
  config: string | undefined
  ignorePath: string | undefined
  /** Exit 1 when there are more warnings than this. */
  maxWarnings: number | undefined
  quiet: boolean
  printConfig: string | undefined
  /** `--cache`: the last run's findings of each file whose inputs did not change (src/engine/cache.ts). */
  cache: boolean
  cacheLocation: string | undefined
  /** Threads to lint on (the main one included), or `auto`: one per core (at most 4) for 400 files or more. */
  concurrency: Concurrency
  debug: boolean
  /** Lint standard input as the file `stdinFilename`. */
  stdin: boolean
  stdinFilename: string | undefined
  /** Lint the suites that the changes staged in git touch, deletions included, and those of `paths` (src/cli/staged.ts). */
  staged: boolean
  /** `--fix` (apply), `--fix-dry-run` (print the plan), or neither (src/cli/fix-command.ts). */
  fix: 'apply' | 'dry-run' | undefined
  /** `--color` (true), `--no-color` (false), or neither (undefined: decided by the environment and the terminal). */
  color: boolean | undefined
  help: boolean
  version: boolean
}

/** A bad command line: its message is the one-line reason. */
export class UsageError extends Error {
  override name = 'UsageError'
}

const options = {
  format: {type: 'string', short: 'f'},
  output: {type: 'string', short: 'o'},
  config: {type: 'string', short: 'c'},
  'ignore-path': {type: 'string'},
  'max-warnings': {type: 'string'},
  quiet: {type: 'boolean'},
  'print-config': {type: 'string'},
  concurrency: {type: 'string'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
  debug: {type: 'boolean'},
  stdin: {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  staged: {type: 'boolean'},
  'no-gitignore': {type: 'boolean'},
  rule: {type: 'string', multiple: true},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/** Every flag, for "did you mean". */
export const flagNames = Object.keys(options).map((name) => `--${name}`)

export const usage = `Usage: tdd-prompt-lint [options] [paths...]
       tdd-prompt-lint init [options]    start a suite (see \`init --help\`)
       tdd-prompt-lint new [options]     add a red/green pair (see \`new --help\`)
       tdd-prompt-lint renumber [folder] close gaps, or --insert-at N (see \`renumber --help\`)
       tdd-prompt-lint trace [paths]     requirement → prompts citing it (see \`trace --help\`)
       tdd-prompt-lint map [paths]       draw each suite, Mermaid or HTML (see \`map --help\`)

Lint suites of TDD prompt files (preprompt, red, green and foundation prompts,
their plans and requirement documents). With no paths, every folder under the
current folder that holds prompt files (or the configured \`suites\`); a file
is linted with its suite and its repository's house style in view; what
.gitignore files exclude is left out. A path with wildcards ('orchestration/**/*_red.md', quoted so that
the shell leaves it alone) is expanded; one that starts with \`!\`
('!**/vendor/**') leaves files out.

Options:
  -f, --format NAME        stylish (default), json, sarif or github
  -o, --output FILE        write the report to FILE instead of standard output
  -c, --config FILE        configuration file (default: the first
                           .tddpromptlintrc.json, .yaml or .yml here or above)
      --ignore-path FILE   ignore file (default: .tddpromptlintignore here)
      --max-warnings N     exit 1 when there are more than N warnings
      --quiet              report errors only
      --print-config FILE  print the configuration that applies to FILE (JSON)
      --concurrency N      lint on N threads; auto (default): one per core, at
                           most 4, for 400 files or more; off: one thread
      --cache              print the last run's findings when nothing they
                           depend on changed (any change in a repository
                           lints all of its files again)
      --cache-location PATH
                           the cache file, or the folder it goes in
                           (default: .tddpromptlintcache here)
      --stdin              lint standard input, as the file --stdin-filename names
      --stdin-filename PATH
                           the path standard input is linted as (its folder is
                           in view, as for a file given on the command line)
      --no-gitignore       lint what .gitignore files leave out too
      --rule 'ID: LEVEL'   set a rule's level (off, warn, error) or
                           'ID: [LEVEL, {options}]', over the configuration
      --staged [files]     lint the suites that the changes staged in git touch,
                           deletions and renames included, and those of the
                           files given (a pre-commit hook: every suite under
                           \`pre-commit run --all-files\`; the changes between
                           PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF when set)
      --fix                fix what is mechanical (renames with their references,
                           title numbers, phase labels, evident links), then
                           report what is left
      --fix-dry-run        print the renames and a diff of what --fix would do
      --color, --no-color  force colour on or off (default: on for a terminal,
                           off with NO_COLOR; FORCE_COLOR=1 forces it on)
      --debug              show stack traces and timings
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors (warnings allowed up to --max-warnings), 1 lint
errors or too many warnings, 2 the run failed (bad flag, configuration or path).
`

/** Parse the arguments after the command name. Throws `UsageError`. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({args: argv, options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(describeParseError(error, flagNames), {cause: error})
  }
  const {values, positionals} = parsed
  const format = values.format ?? 'stylish'
  if (!(formatNames as string[]).includes(format)) {
    throw new UsageError(
      `unknown format \`${format}\` for \`--format\`, expected one of ${formatNames.map((name) => `\`${name}\``).join(', ')}`
    )
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings']
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      throw new UsageError(
        `invalid value \`${text}\` for \`--max-warnings\`, expected a whole number (0 or more)`
      )
    }
    maxWarnings = Number(text)
  }
  for (const [name, value] of Object.entries(values)) {
    if (value === '') throw new UsageError(`option \`--${name}\` needs a non-empty value`)
  }
  const concurrency = parseConcurrency(values.concurrency ?? 'auto')
  const stdin = values.stdin ?? false
  const stdinFilename = values['stdin-filename']
  if (stdin && stdinFilename === undefined) {
    throw new UsageError(
      '`--stdin` needs `--stdin-filename <path>`: the path to lint standard input as'
    )
  }
  if (!stdin && stdinFilename !== undefined) {
    throw new UsageError('`--stdin-filename` goes with `--stdin`')
  }
  if (stdin && positionals.length > 0) {
    throw new UsageError(`\`--stdin\` takes no paths, got \`${positionals[0]}\``)
  }
  const staged = values.staged ?? false
  if (staged && stdin) throw new UsageError('`--staged` takes no paths, got `--stdin`')
  const fix = values['fix-dry-run'] ? 'dry-run' : values.fix ? 'apply' : undefined
  if (fix && stdin) throw new UsageError('`--fix` cannot change standard input: give paths')
  return {
    paths: positionals.filter((given) => !given.startsWith('!')),
    exclude: positionals.filter((given) => given.startsWith('!')).map((given) => given.slice(1)),
    gitignore: !values['no-gitignore'],
    rules: Object.fromEntries((values.rule ?? []).map(parseRule)),
    format: format as FormatName,
    output: values.output,
    config: values.config,
    ignorePath: values['ignore-path'],
    maxWarnings,
    quiet: values.quiet ?? false,
    printConfig: values['print-config'],
    concurrency,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    debug: values.debug ?? false,
    stdin,
    stdinFilename,
    staged,
    fix,
    color: values['no-color'] ? false : values.color ? true : undefined,
    help: values.help ?? false,
    version: values.version ?? false
  }
}

const ruleIds = rules.map((rule) => rule.meta.id)
const levels = new Set<unknown>(['off', 'warn', 'error', 0, 1, 2])

/** `--rule 'id: off'`, `--rule 'id: ["error", {…}]'` (the value is YAML). */
function parseRule(text: string): [string, RuleSetting] {
  const colon = text.indexOf(':')
  const id = (colon === -1 ? '' : text.slice(0, colon)).trim()
  if (!ruleIds.includes(id)) {
    throw new UsageError(
      `invalid value \`${text}\` for \`--rule\`, expected \`<rule id>: <level>\` with a known rule` +
        didYouMean(id, ruleIds)
    )
  }
  let value: unknown
  try {
    value = parseYaml(text.slice(colon + 1), {maxAliasCount: 10})
  } catch {
    value = undefined
  }
  const ok =
    levels.has(value) || (Array.isArray(value) && levels.has(value[0]) && value.length <= 2)
  if (!ok) {
    throw new UsageError(
      `invalid value \`${text}\` for \`--rule\`, expected a level (\`off\`, \`warn\`, \`error\`) or \`[level, {options}]\``
    )
  }
  return [id, value as RuleSetting]
}

/** `--concurrency`: a whole number of threads (1 or more), `auto` or `off` (1). */
function parseConcurrency(text: string): Concurrency {
  if (text === 'auto') return 'auto'
  if (text === 'off') return 1
  if (/^\d+$/.test(text) && Number.isSafeInteger(Number(text)) && Number(text) >= 1) {
    return Number(text)
  }
  throw new UsageError(
    `invalid value \`${text}\` for \`--concurrency\`, expected a whole number (1 or more), \`auto\` or \`off\``
  )
}

/** A one-line reason for a `parseArgs` error; an unknown flag close to one of `known` gets "did you mean". */
export function describeParseError(error: unknown, known: string[] = []): string {
  const code = (error as {code?: string}).code
  const message = error instanceof Error ? error.message : String(error)
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? ''
  const flag = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
    return `unknown option \`${quoted}\`` + didYouMean(quoted.split('=')[0] ?? quoted, known)
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    if (/does not take an argument/.test(message)) return `option \`${flag}\` takes no value`
    if (/ambiguous/.test(message)) {
      return `option \`${flag}\` needs a value (write \`${flag}=<value>\` for one that starts with \`-\`)`
    }
    return `option \`${flag}\` needs a value`
  }
  return message.split('\n')[0] ?? message
}

/** `--rule` settings over the configuration's, overrides included (the command line wins). */
export function withCommandLineRules(
  config: ResolvedConfig,
  rules: CliOptions['rules']
): ResolvedConfig {
  const ids = Object.keys(rules)
  if (ids.length === 0) return config
  const without = (own: Record<string, RuleSetting> | undefined) =>
    own && Object.fromEntries(Object.entries(own).filter(([id]) => !ids.includes(id)))
  return {
    ...config,
    settings: {...config.settings, rules: {...config.settings.rules, ...rules}},
    overrides: config.overrides.map((override) => ({...override, rules: without(override.rules)}))
  }
}
