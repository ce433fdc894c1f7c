/**
 * ## red-reference
 *
 * Checks that a green prompt links its own red prompt (same number and slug) and
 * no other pair's red prompt.
 *
 * ### Why
 *
 * The green prompt asks for the code that makes one test pass: it must point at
 * the red prompt that wrote that test, and only at that one.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Link the red prompt, usually in the Context section:
 * `Make the test from [the red prompt](prompt_01_config_generator_red.md) pass.`
 *
 * @example
 *   {"name": "orchestration/prompt_01b_config_generator_green.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md"]}}
 *
 *   ```markdown
 *   # Green: ConfigGenerator
 *
 *   Make the test from [the red prompt](prompt_01_config_generator_red.md) pass.
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01b_config_generator_green.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md"]}}
 *
 *   ```markdown
 *   # Green: ConfigGenerator
 *
 *   Make the test pass.
 *   ```
 *
 *   ```text
 *   1:1: Expected a link to this green prompt’s red prompt `prompt_01_config_generator_red.md`
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02b_preflight_validator_green.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_02_preflight_validator_red.md", "prompt_02b_preflight_validator_green.md"]}}
 *
 *   ```markdown
 *   # Green: PreflightValidator
 *
 *   Make the test from [the red prompt](prompt_01_config_generator_red.md) pass.
 *   ```
 *
 *   ```text
 *   3:20-3:71: Unexpected link to `prompt_01_config_generator_red.md`, the red prompt of another pair, expected `prompt_02_preflight_validator_red.md`
 *   1:1: Expected a link to this green prompt’s red prompt `prompt_02_preflight_validator_red.md`
 *   ```
 */
import path from 'node:path'
import {links} from '../src/markdown.js'
import {parsePromptName} from '../src/names.js'
import {related, start} from '../src/report.js'
import {defineRule, noOptions} from '../src/rule.js'
import {ownPrompt, promptsWith, suiteOf} from '../src/suite.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'red-reference',
    description:
      "Checks that a green prompt links its own red prompt (same number and slug) and no other pair's red prompt.",
    ...noOptions
  },
  function (tree, file) {
    const suite = suiteOf(file)
    const own = suite && ownPrompt(file, suite)
    if (!suite || !own || own.kind !== 'green') return
    const reds = promptsWith(suite, own.number, 'red')
    const red =
      reds.find((prompt) => prompt.slug === own.slug) ?? (reds.length === 1 ? reds[0] : undefined)
    if (!red) return
    const target = path.join(suite.dir, red.name)
    let linked = false
    for (const link of links(tree, suite.dir)) {
      if (!link.target || parsePromptName(path.basename(link.target))?.kind !== 'red') continue
      if (link.target === target) {
        linked = true
        continue
      }
      file.message(
        `Unexpected link to \`${link.url}\`, the red prompt of another pair, expected \`${red.name}\``,
        {place: link.position}
      )
    }
    if (!linked) {
      file.message(`Expected a link to this green prompt’s red prompt \`${red.name}\``, {
        place: start,
        cause: related(suite, red.name, 'The red prompt of this pair')
      })
    }
  }
)

export default rule
