/**
 * The plugins of a lint run, in order: front matter, every rule at its level,
 * then inline control (it filters what the rules reported). The engine and the
 * preset both use this list.
 */
import remarkFrontmatter from 'remark-frontmatter'
import type {PluggableList} from 'unified'
import {rules, warnings} from '../../rules/index.js'
import inlineControl from './control.js'

export type Level = 'off' | 'warn' | 'error' | 0 | 1 | 2
export type RuleSetting = Level | [Level, object?]

const ruleIds = new Set(rules.map((rule) => rule.meta.id))

/** The plugins for rule settings (rule id → level, or level and options). Throws for an unknown rule. */
export function lintPlugins(settings: Record<string, RuleSetting> = {}): PluggableList {
  for (const id of Object.keys(settings)) {
    if (!ruleIds.has(id)) throw new Error(`Unknown rule \`${id}\``)
  }
  const plugins: PluggableList = [[remarkFrontmatter, ['yaml', 'toml']]]
  for (const rule of rules) {
    const [level, options] = split(settings[rule.meta.id], rule.meta.id)
    plugins.push([rule, [level, options]])
  }
  plugins.push(inlineControl)
  return plugins
}

/** A rule's level and options; a rule not configured runs at its default level. */
function split(setting: RuleSetting | undefined, id: string): [Level, object | undefined] {
  if (setting === undefined) return [warnings.has(id) ? 'warn' : 'error', undefined]
  if (Array.isArray(setting)) return [setting[0], setting[1]]
  return [setting, undefined]
}
