/**
 * Configuration: one data file (JSON or YAML, never code), found at the working
 * directory or above or named explicitly, validated against the published JSON
 * Schema, and resolved once per run.
 */
import fs from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import {parse as parseYaml, YAMLError} from 'yaml'
import {rules} from '../../rules/index.js'
import type {Level, LintSettings, RuleSetting} from '../engine/lint.js'
import type {StyleSettings} from '../suite/model.js'
import {createValidator, type JsonSchema} from './schema.js'
import {maxDataBytes, patternProblem, readRegularFile} from '../io/files.js'
import {didYouMean} from './suggest.js'

export const configNames = [
  '.tddpromptlintrc.json',
  '.tddpromptlintrc.yaml',
  '.tddpromptlintrc.yml'
]
export {ignoreName} from '../io/files.js'
/** No suite patterns: every folder that holds prompt files, at any depth. */
export const defaultSuites: string[] = []
export const schemaUrl =
  'https://raw.githubusercontent.com/tdd-prompt-lint/tdd-prompt-lint/main/config.schema.json'

export interface Config {
  $schema?: string
  /** Glob patterns (relative to the configuration's folder) of suite folders. */
  suites?: string[]
  /** Extra ignore patterns, gitignore syntax. */
  ignore?: string[]
  /** Folder → preprompt, both relative to the configuration's folder. */
  preprompts?: Record<string, string>
  /** The house style: inferred from the repository unless `infer` is false. */
  style?: StyleSettings
  rules?: Record<string, RuleSetting>
  /** Rule settings for some files: each block whose `files` match a file is merged over `rules`, in order. */
  overrides?: Override[]
}

export interface Override {
  /** Glob patterns relative to the configuration's folder; one without a `/` matches a file name in any folder. */
  files: string[]
  rules?: Record<string, RuleSetting>
}

export interface ResolvedConfig {
  /** Absolute path of the configuration file, if one was found. */
  file: string | undefined
  /** Folder that patterns and paths in the configuration are relative to. */
  dir: string
  suites: string[]
  ignore: string[]
  /** What the engine takes: rules and preprompts (absolute paths), before `overrides`. */
  settings: LintSettings
  /** The configuration's `overrides`, in order (see `settingsFor`). */
  overrides: Override[]
}

/** A configuration problem: its message names the file and the key path. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const level = {enum: ['off', 'warn', 'error', 0, 1, 2]}
const pattern = {type: 'string', minLength: 1, maxLength: 256}

/** The JSON Schema of the configuration file, built from the rules' option schemas. */
export function configSchema(): JsonSchema {
  const ruleProperties: Record<string, JsonSchema> = {}
  const rulesSchema = (description: string): JsonSchema => ({
    description,
    type: 'object',
    properties: ruleProperties,
    additionalProperties: false
  })
  for (const rule of rules) {
    ruleProperties[rule.meta.id] = {
      description: `Severity of \`${rule.meta.id}\`, or severity and options. Docs: ${rule.meta.url}`,
      anyOf: [
        level,
        {type: 'array', items: [level], minItems: 1, maxItems: 1, additionalItems: false},
        {
          type: 'array',
          items: [level, rule.meta.schema],
          minItems: 2,
          maxItems: 2,
          additionalItems: false
        }
      ]
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaUrl,
    title: 'tdd-prompt-lint configuration',
    type: 'object',
    properties: {
      $schema: {type: 'string'},
      suites: {
        description:
          'Glob patterns of suite folders, relative to this file. Default: every folder that holds prompt files, at any depth.',
        type: 'array',
        items: pattern,
        maxItems: 100
      },
      ignore: {
        description:
          'Paths to skip, gitignore syntax, relative to this file (added to `.tddpromptlintignore`).',
        type: 'array',
        items: pattern,
        maxItems: 1000
      },
      preprompts: {
        description:
          'Preprompt of a folder that has none of its own: folder → preprompt file, both relative to this file.',
        type: 'object',
        additionalProperties: pattern
      },
      style: {
        description:
          'The house style: for each kind of prompt, the parts (sections, labels, links, a stated test kind, a numbered title) that `threshold` of the prompts of that kind in the repository have are expected of all, when there are at least `minimum` of them. `infer: false` expects only what rules are configured with.',
        type: 'object',
        properties: {
          infer: {type: 'boolean', default: true},
          threshold: {type: 'number', exclusiveMinimum: 0, maximum: 1, default: 0.8},
          minimum: {type: 'integer', minimum: 1, default: 5},
          names: {
            description:
              'The naming scheme, pinned part by part; a part left out is learned from the names of the prompts (the choice at least `threshold` of at least `minimum` names make, else `NN`/`NNb`, `_`, lower case). `red` and `green`: the letter after the number (`NN`, `NNa`, `NNb`); `separator`: `_` or `-`; `case`: `lower`, or `any` to accept names in other cases.',
            type: 'object',
            properties: {
              red: {type: 'string', pattern: '^NN[a-z]?$'},
              green: {type: 'string', pattern: '^NN[a-z]?$'},
              separator: {enum: ['_', '-']},
              case: {enum: ['lower', 'any']}
            },
            additionalProperties: false
          }
        },
        additionalProperties: false
      },
      rules: rulesSchema(
        'Rule id → `off`, `warn` or `error`, or `[severity, options]`. Every rule is an error by default, but `numbering-gap` and `requirement-coverage` warnings.'
      ),
      overrides: {
        description:
          'Rule settings for some files: every block whose `files` match a file is merged over `rules`, in order (a later block wins; a severity alone keeps the options set before it).',
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          properties: {
            files: {
              description:
                'Glob patterns relative to this file; a pattern without a `/` matches a file name in any folder.',
              type: 'array',
              items: pattern,
              minItems: 1,
              maxItems: 100
            },
            rules: rulesSchema(
              'Rule id → severity, or `[severity, options]`, for the matching files.'
            )
          },
          required: ['files'],
          additionalProperties: false
        }
      }
    },
    additionalProperties: false
  }
}

let validateConfig: ((value: unknown) => string | undefined) | undefined

/**
 * Find the configuration file: the one named, else the first at `cwd` or above,
 * else the first at or above `near` (a path linted from a folder outside its
 * repository gets its repository's configuration, as from inside it).
 */
export function findConfig(cwd: string, explicit?: string, near?: string): string | undefined {
  if (explicit) return path.resolve(cwd, explicit)
  return firstAbove(path.resolve(cwd)) ?? (near ? firstAbove(path.resolve(cwd, near)) : undefined)
}

function firstAbove(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const name of configNames) {
      const candidate = path.join(dir, name)
      if (fs.existsSync(candidate)) return candidate
    }
    if (path.dirname(dir) === dir) return undefined
  }
}

/** Read, validate and resolve the configuration (see `findConfig`). Throws `ConfigError`. */
export function loadConfig(cwd: string, explicit?: string, near?: string): ResolvedConfig {
  const file = findConfig(cwd, explicit, near)
  if (!file) return resolveConfig({}, undefined, path.resolve(cwd))
  const shown = path.relative(cwd, file) || file
  const bytes = readRegularFile(file, maxDataBytes)
  if (!Buffer.isBuffer(bytes)) {
    throw new ConfigError(`${shown}: cannot read configuration (${bytes.reason})`)
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  const json = /\.json$/i.test(file)
  let data: unknown
  try {
    data = json ? JSON.parse(text) : parseYaml(text, {maxAliasCount: 100})
  } catch (error) {
    const {line, column, reason} = describeSyntaxError(error, text, json)
    const place = line === undefined ? '' : `:${line}:${column}`
    throw new ConfigError(`${shown}${place}: invalid ${json ? 'JSON' : 'YAML'}: ${reason}`)
  }
  data ??= {}
  validateConfig ??= createValidator(configSchema())
  const problem = validateConfig(data)
  if (problem) {
    throw new ConfigError(`${shown}: ${ruleOptionsProblem(data) ?? withSuggestion(problem)}`)
  }
  const config = data as Config
  for (const [index, pattern] of (config.suites ?? []).entries()) {
    const unsafe = patternProblem(pattern)
    if (unsafe) throw new ConfigError(`${shown}: \`suites[${index}]\` ${unsafe}`)
  }
  for (const [index, override] of (config.overrides ?? []).entries()) {
    for (const [at, pattern] of override.files.entries()) {
      const unsafe = patternProblem(pattern)
      if (unsafe) throw new ConfigError(`${shown}: \`overrides[${index}].files[${at}]\` ${unsafe}`)
    }
  }
  return resolveConfig(data as Config, file, path.dirname(file))
}

const optionValidators = new Map<string, (value: unknown) => string | undefined>()

/**
 * The first problem in a rule's options (`[severity, options]`), with its key
 * path from the top of the file (`rules.test-kind[1].kinds`): the configuration
 * schema's `anyOf` would only say the setting as a whole is invalid.
 */
function ruleOptionsProblem(data: unknown): string | undefined {
  const config = data as Config | undefined
  const blocks: Array<[base: string, settings: unknown]> = [['rules', config?.rules]]
  if (Array.isArray(config?.overrides)) {
    config.overrides.forEach((override, index) => {
      blocks.push([`overrides[${index}].rules`, (override as Override | undefined)?.rules])
    })
  }
  for (const [base, settings] of blocks) {
    const problem = settingsProblem(base, settings)
    if (problem) return problem
  }
  return undefined
}

function settingsProblem(base: string, settings: unknown): string | undefined {
  if (typeof settings !== 'object' || settings === null) return undefined
  for (const rule of rules) {
    const setting: unknown = (settings as Record<string, unknown>)[rule.meta.id]
    if (!Array.isArray(setting) || setting.length !== 2 || !level.enum.includes(setting[0]))
      continue
    let validate = optionValidators.get(rule.meta.id)
    if (!validate) {
      validate = createValidator(rule.meta.schema)
      optionValidators.set(rule.meta.id, validate)
    }
    const problem = validate(setting[1])
    if (!problem) continue
    const at = `${base}.${rule.meta.id}[1]`
    return problem.replace(/`([^`]*)`/, (_match, key: string) =>
      key === '(root)' ? `\`${at}\`` : `\`${at}${key.startsWith('[') ? '' : '.'}${key}\``
    )
  }
  return undefined
}

const topKeys = ['$schema', 'suites', 'ignore', 'preprompts', 'rules', 'overrides']
const ruleIds = rules.map((rule) => rule.meta.id)

/** A schema problem, with "did you mean" for an unknown key close to a known one (a rule id, a top-level key). */
function withSuggestion(problem: string): string {
  const unknown = /^unknown key `(?:(.*)\.)?([^.`]*)`$/.exec(problem)
  if (!unknown) return problem
  const [, parent = '', key = ''] = unknown
  const known = /^(?:overrides\[\d+\]\.)?rules$/.test(parent)
    ? ruleIds
    : /^overrides\[\d+\]$/.test(parent)
      ? ['files', 'rules']
      : parent === ''
        ? topKeys
        : []
  return problem + didYouMean(key, known)
}

/**
 * Where a JSON or YAML syntax error is (1-based line and column) and why, in one
 * line: the yaml parser gives the place (`linePos`); for JSON it is computed from
 * the offset in V8's message (`at position N`), or the end of the text when the
 * message has none (`Unexpected end of JSON input`); a YAML error found while
 * resolving the document (an alias bomb) has no place.
 */
export function describeSyntaxError(
  error: unknown,
  text: string,
  json: boolean
): {line?: number; column?: number; reason: string} {
  const message = error instanceof Error ? error.message : String(error)
  if (!json && error instanceof YAMLError && error.linePos) {
    const [start] = error.linePos
    const reason = (message.split('\n')[0] ?? message)
      .replace(/ at line \d+, column \d+:?$/, '')
      .trim()
    return {line: start.line, column: start.col, reason}
  }
  // A YAML error that has no place (an excessive alias count, found while resolving).
  if (!json) return {reason: message.split('\n')[0] ?? message}
  const position = /at position (\d+)/.exec(message)
  const offset = position ? Math.min(Number(position[1]), text.length) : text.length
  const before = text.slice(0, offset)
  const lines = before.split(/\r\n|\r|\n/)
  const reason = (message.split('\n')[0] ?? message)
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .trim()
  return {line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, reason}
}

/** Resolve a validated configuration object against its folder. */
export function resolveConfig(
  config: Config,
  file: string | undefined,
  dir: string
): ResolvedConfig {
  const preprompts: Record<string, string> = {}
  for (const [folder, target] of Object.entries(config.preprompts ?? {})) {
    preprompts[path.resolve(dir, folder)] = path.resolve(dir, target)
  }
  return {
    file,
    dir,
    suites: config.suites ?? defaultSuites,
    ignore: config.ignore ?? [],
    settings: {
      rules: config.rules ?? {},
      preprompts,
      style: config.style ?? {},
      ignore: config.ignore ?? [],
      ignoreBase: dir
    },
    overrides: config.overrides ?? []
  }
}

/**
 * The settings that apply to one file: `rules`, then every override block whose
 * `files` match the file's path relative to the configuration's folder, in
 * order. A block's setting replaces the rule's setting, except that a severity
 * alone (`"warn"`, `["warn"]`) keeps the options set before it, as in eslint.
 */
export function settingsFor(config: ResolvedConfig, file: string): LintSettings {
  if (config.overrides.length === 0) return config.settings
  const relative = path.relative(config.dir, path.resolve(config.dir, file))
  if (relative.startsWith('..') || path.isAbsolute(relative)) return config.settings
  const posix = relative.split(path.sep).join('/')
  let merged: Record<string, RuleSetting> | undefined
  for (const override of config.overrides) {
    if (!matcher(override.files)(posix)) continue
    merged ??= {...config.settings.rules}
    for (const [id, setting] of Object.entries(override.rules ?? {})) {
      merged[id] = mergeSetting(merged[id], setting)
    }
  }
  return merged ? {...config.settings, rules: merged} : config.settings
}

function mergeSetting(base: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  const severityOnly = !Array.isArray(next) || next.length < 2
  if (!severityOnly || !Array.isArray(base) || base[1] === undefined) return next
  const level: Level = Array.isArray(next) ? next[0] : next
  return [level, base[1]]
}

const matchers = new WeakMap<string[], (file: string) => boolean>()

function matcher(patterns: string[]): (file: string) => boolean {
  let match = matchers.get(patterns)
  if (!match) {
    // A pattern without a slash matches a file name in any folder (picomatch's own
    // `basename` option would apply that to every pattern).
    const anywhere = patterns.map((each) => (each.includes('/') ? each : `**/${each}`))
    match = picomatch(anywhere, {dot: true})
    matchers.set(patterns, match)
  }
  return match
}
