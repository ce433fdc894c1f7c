/**
 * The preset: front matter support and every rule at its default severity (an
 * error, or a warning for the rules in `warnings`, as in the CLI). Use it from
 * any `.remarkrc`:
 *
 *     {"plugins": ["tdd-prompt-lint/preset"]}
 */
import remarkFrontmatter from 'remark-frontmatter'
import type {Pluggable, Preset} from 'unified'
import {rules, warnings} from '../rules/index.js'

const preset: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml', 'toml']],
    ...rules.map((rule): Pluggable => (warnings.has(rule.meta.id) ? [rule, 'warn'] : rule))
  ]
}

export default preset
