/**
 * The preset: front matter support and every rule at its defaults (severity
 * error). Use it from any `.remarkrc`:
 *
 *     {"plugins": ["tdd-prompt-lint/preset"]}
 */
import remarkFrontmatter from 'remark-frontmatter'
import type {Preset} from 'unified'
import {rules} from '../rules/index.js'

const preset: Preset = {
  plugins: [[remarkFrontmatter, ['yaml', 'toml']], ...rules]
}

export default preset
