/**
 * Configuration: one data file (JSON or YAML, never code), found at the working
 * directory or above or named explicitly, validated against the published JSON
 * Schema, and resolved once per run.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {rules} from '../rules/index.js'
import type {LintSettings, RuleSetting} from './lint.js'
import type {StyleSettings} from './suite/model.js'
import {createValidator, type JsonSchema} from './schema.js'
import {maxDataBytes, patternProblem, readRegularFile} from './files.js'

export const configNames = [
  '.tddpromptlintrc.json',
  '.tddpromptlintrc.yaml',
  '.tddpromptlintrc.yml'
]
export {ignoreName} from './files.js'
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
}

export interface ResolvedConfig {
  /** Absolute path of the configuration file, if one was found. */
  file: string | undefined
  /** Folder that patterns and paths in the configuration are relative to. */
  dir: string
  suites: string[]
  ignore: string[]
  /** What the engine takes: rules and preprompts (absolute paths). */
  settings: LintSettings
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
          minimum: {type: 'integer', minimum: 1, default: 5}
        },
        additionalProperties: false
      },
      rules: {
        description:
          'Rule id → `off`, `warn` or `error`, or `[severity, options]`. Every rule is an error by default, but `numbering-gap` a warning.',
        type: 'object',
        properties: ruleProperties,
        additionalProperties: false
      }
    },
    additionalProperties: false
  }
}

let validateConfig: ((value: unknown) => string | undefined) | undefined

/** Find the configuration file: the one named, else the first at `cwd` or above. */
export function findConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit) return path.resolve(cwd, explicit)
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of configNames) {
      const candidate = path.join(dir, name)
      if (fs.existsSync(candidate)) return candidate
    }
    if (path.dirname(dir) === dir) return undefined
  }
}

/** Read, validate and resolve the configuration. Throws `ConfigError`. */
export function loadConfig(cwd: string, explicit?: string): ResolvedConfig {
  const file = findConfig(cwd, explicit)
  if (!file) return resolveConfig({}, undefined, path.resolve(cwd))
  const shown = path.relative(cwd, file) || file
  const bytes = readRegularFile(file, maxDataBytes)
  if (!Buffer.isBuffer(bytes)) {
    throw new ConfigError(`${shown}: cannot read configuration (${bytes.reason})`)
  }
  const text = bytes.toString('utf8')
  let data: unknown
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text, {maxAliasCount: 100})
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ConfigError(`${shown}: invalid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${reason}`)
  }
  data ??= {}
  validateConfig ??= createValidator(configSchema())
  const problem = validateConfig(data)
  if (problem) throw new ConfigError(`${shown}: ${ruleOptionsProblem(data) ?? problem}`)
  const suites = (data as Config).suites ?? []
  for (const [index, pattern] of suites.entries()) {
    const unsafe = patternProblem(pattern)
    if (unsafe) throw new ConfigError(`${shown}: \`suites[${index}]\` ${unsafe}`)
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
  const settings = (data as Config | undefined)?.rules
  if (typeof settings !== 'object' || settings === null) return undefined
  for (const rule of rules) {
    const setting: unknown = settings[rule.meta.id]
    if (!Array.isArray(setting) || setting.length !== 2 || !level.enum.includes(setting[0]))
      continue
    let validate = optionValidators.get(rule.meta.id)
    if (!validate) {
      validate = createValidator(rule.meta.schema)
      optionValidators.set(rule.meta.id, validate)
    }
    const problem = validate(setting[1])
    if (!problem) continue
    const base = `rules.${rule.meta.id}[1]`
    return problem.replace(/`([^`]*)`/, (_match, at: string) =>
      at === '(root)' ? `\`${base}\`` : `\`${base}${at.startsWith('[') ? '' : '.'}${at}\``
    )
  }
  return undefined
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
    }
  }
}
