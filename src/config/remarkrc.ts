/**
 * remark's configuration as data, for the language server: the settings that a
 * `.remarkrc`, `.remarkrc.json`, `.remarkrc.yaml`, `.remarkrc.yml` or the
 * `remarkConfig` of a `package.json` give this package's rules
 * (`["tdd-prompt-lint/rules/title", false]`, `["tdd-prompt-lint/rules/pair",
 * "warn"]`, `["tdd-prompt-lint/rules/required-sections", ["error", {…}]]`).
 *
 * Nothing is loaded: a `.remarkrc.js`, `.cjs` or `.mjs` is code and is never
 * run, and other plugins it lists are never imported (a cloned repository could
 * ship them in its `node_modules`). As remark does, the first configuration
 * found from the file's folder up (to `root`) applies.
 */
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {rules, warnings} from '../../rules/index.js'
import type {Level, RuleSetting} from '../engine/lint.js'
import {maxDataBytes, readRegularFile} from '../io/files.js'

/** remark's configuration files in the order remark looks for them (the code ones are passed by). */
const names = [
  '.remarkrc',
  '.remarkrc.cjs',
  '.remarkrc.js',
  '.remarkrc.json',
  '.remarkrc.mjs',
  '.remarkrc.yaml',
  '.remarkrc.yml',
  'package.json'
]
const code = /\.[cm]?js$/

const prefix = 'tdd-prompt-lint/rules/'
const ruleIds = new Set(rules.map((rule) => rule.meta.id))
const levels = new Set<unknown>(['off', 'warn', 'error', 0, 1, 2])

/** Rule id → setting from the remark configuration that applies to `file`; a file that cannot be read or parsed gives none. */
export function remarkRuleSettings(file: string, root: string): Record<string, RuleSetting> {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    for (const name of names) {
      const bytes = readRegularFile(path.join(dir, name), maxDataBytes)
      if (!Buffer.isBuffer(bytes)) continue
      if (code.test(name)) return {}
      let data: unknown
      try {
        data = parseYaml(bytes.toString('utf8').replace(/^\uFEFF/, ''), {maxAliasCount: 100})
      } catch {
        return {}
      }
      if (name === 'package.json') {
        data = (data as {remarkConfig?: unknown} | null)?.remarkConfig
        if (data === undefined) continue
      }
      return settingsOf((data as {plugins?: unknown} | null)?.plugins)
    }
    const relative = path.relative(root, dir)
    if (!relative || relative.startsWith('..') || path.dirname(dir) === dir) return {}
  }
}

/** The settings of this package's rules among remark's `plugins` (a list, or an object of name → setting). */
function settingsOf(plugins: unknown): Record<string, RuleSetting> {
  const entries: Array<[unknown, unknown]> = Array.isArray(plugins)
    ? plugins.map((each) => (Array.isArray(each) ? [each[0], each[1]] : [each, undefined]))
    : plugins && typeof plugins === 'object'
      ? Object.entries(plugins)
      : []
  const out: Record<string, RuleSetting> = {}
  for (const [name, setting] of entries) {
    if (typeof name !== 'string' || !name.startsWith(prefix)) continue
    const id = name.slice(prefix.length).replace(/\.js$/, '')
    const mapped = ruleSetting(setting, warnings.has(id) ? 'warn' : 'error')
    if (ruleIds.has(id) && mapped !== undefined) out[id] = mapped
  }
  return out
}

/** remark-lint's forms: `false` off, a level, `[level, options]`, or options alone (the rule's level kept). */
function ruleSetting(setting: unknown, level: Level): RuleSetting | undefined {
  if (setting === false) return 'off'
  if (setting && typeof setting === 'object' && !Array.isArray(setting)) return [level, setting]
  if (levels.has(setting)) return setting as Level
  if (Array.isArray(setting) && levels.has(setting[0])) {
    const options: unknown = setting[1]
    return options && typeof options === 'object'
      ? [setting[0] as Level, options]
      : (setting[0] as Level)
  }
  return undefined
}
