/** The tool's name, version and home, as reporters and `--version` show them. */
import pkg from '../../package.json' with {type: 'json'}
import {rules} from '../../rules/index.js'
import {engineFindings} from '../engine/lint.js'
import {docsBase} from '../engine/rule.js'

export const toolName: string = pkg.name
export const toolVersion: string = pkg.version
export const informationUri = docsBase.replace(/\/blob\/.*$/, '')

/** One line per rule, for SARIF's `shortDescription`, plus the engine's own findings. */
export const ruleDescriptions: Record<string, string> = {
  ...Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.description])),
  ...engineFindings
}
