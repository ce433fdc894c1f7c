/**
 * The preset: front matter support, every rule at its default level, and inline
 * control (`<!--lint disable pair-->`). Use it from any `.remarkrc`:
 *
 *     {"plugins": ["tdd-prompt-lint/preset"]}
 */
import type {Preset} from 'unified'
import {lintPlugins} from './engine/plugins.js'

const preset: Preset = {plugins: lintPlugins()}

export default preset
