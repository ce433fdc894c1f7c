/**
 * `defineRule`: a unified-lint-rule plugin with an id, a docs url and options
 * validated by a JSON Schema, defaults merged, so a rule's check always gets a
 * complete options object.
 */
import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {createValidator, type JsonSchema} from '../config/schema.js'
import {SuiteModel, type ModelSettings} from '../suite/model.js'

declare module 'unified' {
  interface Data {
    /** How the suite model of a run reads the suite (memory files, the scope's fallback root, configured preprompts). */
    tddPromptLint?: ModelSettings
  }
}

export const source = 'tdd-prompt-lint'
export const docsBase = 'https://github.com/tdd-prompt-lint/tdd-prompt-lint/blob/main/docs/rules/'

export interface RuleMeta<Options> {
  /** Rule id: the file name, the `ruleId` and the configuration key. */
  id: string
  /** One sentence: what the rule checks (the first paragraph of its docs). */
  description: string
  /** Docs url. */
  url: string
  /** JSON Schema of the options object. */
  schema: JsonSchema
  /** Complete default options. */
  defaults: Options
}

export type RulePlugin<Options = unknown> = Plugin<[unknown?], Root> & {meta: RuleMeta<Options>}

/** Schema and defaults of a rule that takes no options. */
export const noOptions: {schema: JsonSchema; defaults: Record<string, never>} = {
  schema: {type: 'object', additionalProperties: false},
  defaults: {}
}

const labels = new Set<unknown>([false, true, 0, 1, 2, 'off', 'on', 'warn', 'error'])

/** Thrown for options that do not fit a rule's schema. */
export class OptionsError extends Error {
  override name = 'OptionsError'
}

export function defineRule<Options extends object>(
  meta: {id: string; description: string; schema: JsonSchema; defaults: Options},
  check: (tree: Root, file: VFile, options: Options, model: SuiteModel) => void
): RulePlugin<Options> {
  const full: RuleMeta<Options> = {...meta, url: docsBase + meta.id + '.md'}
  const validate = createValidator(meta.schema)
  const plugin = lintRule<Root, Options>(
    {origin: `${source}:${meta.id}`, url: full.url},
    (tree, file, options) => {
      const model = models.get(file)
      if (model) check(tree, file, options, model)
    }
  )

  const rule = function (this: unknown, config?: unknown) {
    // `[level, options]`, a bare level (`[rule, 'warn']` in a preset) or bare options.
    const [label, options] =
      Array.isArray(config) && labels.has(config[0])
        ? [config[0], config[1]]
        : labels.has(config) && config !== undefined
          ? [config, undefined]
          : ['error', config]
    if (label === false || label === 0 || label === 'off') return undefined
    const model = modelOf(this as Processor)
    const transformer = (plugin as (this: unknown, config: unknown) => Transformer).call(this, [
      label,
      resolveOptions(full, options, validate)
    ])
    return function (tree: Root, file: VFile, next: (error?: Error) => void) {
      models.set(file, model)
      return transformer(tree, file, next)
    }
  } as unknown as RulePlugin<Options>
  Object.defineProperty(rule, 'name', {value: `${source}:${meta.id}`})
  rule.meta = full
  return rule
}

/**
 * The complete options a rule runs with for a configuration setting (`level`,
 * `[level]`, `[level, options]` or bare options): validated, merged over the
 * defaults the same way the rule merges them. Throws `OptionsError`.
 */
export function ruleOptions<Options extends object>(
  rule: {meta: RuleMeta<Options>},
  setting: unknown
): Options {
  const options =
    Array.isArray(setting) && labels.has(setting[0])
      ? setting[1]
      : labels.has(setting)
        ? undefined
        : setting
  return resolveOptions(rule.meta, options, createValidator(rule.meta.schema))
}

function resolveOptions<Options extends object>(
  meta: RuleMeta<Options>,
  options: unknown,
  validate: (value: unknown) => string | undefined
): Options {
  if (options === undefined || options === null) return meta.defaults
  const problem = validate(options)
  if (problem) throw new OptionsError(`Invalid options for rule \`${meta.id}\`: ${problem}`)
  const merged: Record<string, unknown> = {...(meta.defaults as Record<string, unknown>)}
  for (const [key, value] of Object.entries(options)) {
    const base = merged[key]
    merged[key] = isRecord(base) && isRecord(value) ? {...base, ...value} : value
  }
  return merged as Options
}

type Transformer = (tree: Root, file: VFile, next: (error?: Error) => void) => unknown

// The model of the file's run, for the rule's check (a weak map: gone with the file).
const models = new WeakMap<VFile, SuiteModel>()
// One model per processor, found by the processor's data object: a copied
// processor (unified-engine copies one per file) has a data object of its own,
// so it starts a new model.
const processorModels = new WeakMap<object, SuiteModel>()

/** The suite model of a processor: one per processor, so one per run. */
export function modelOf(processor: Processor): SuiteModel {
  const data = processor.data() as object
  let model = processorModels.get(data)
  if (!model) {
    model = new SuiteModel(processor.data('tddPromptLint') ?? {})
    processorModels.set(data, model)
  }
  return model
}

/** Hand a processor's rules this model (a watched one: `--cache`) instead of a new one; before the processor is frozen. */
export function useModel(processor: Processor, model: SuiteModel): void {
  processorModels.set(processor.data() as object, model)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
