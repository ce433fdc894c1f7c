/**
 * ## numbering
 *
 * Checks that no two steps of a suite share a number: one pair (or one
 * foundation step) per number.
 *
 * A step is a red and green pair with one slug, or a foundation prompt. Where two
 * steps share a number, the one that sorts later is reported once (on its red,
 * else its first file), naming the other. A red and a green of one number whose
 * slugs differ are one pair with a slug mismatch (`pair` reports it), not two
 * steps.
 *
 * ### Why
 *
 * The numbers are the order in which the prompts are run: a shared number leaves
 * the order undefined.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Renumber one of the steps (`tdd-prompt-lint renumber`).
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_02_conductor_red.md", "prompt_02b_conductor_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_01_conductor_red.md", "prompt_01b_conductor_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected number `01` shared with `prompt_01_conductor_red.md`, expected one step per number
 *   ```
 */
import {formatNumber, representative, stepsOf} from '../src/suite/names.js'
import {subjectOf} from '../src/suite/subject.js'
import {related, start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'numbering',
    description:
      'Checks that no two steps of a suite (pairs or foundation prompts) share a number.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject) return
    // Stryker disable next-line ConditionalExpression,StringLiteral: no step holds a preprompt, so one is never reported below either
    if (subject.prompt.kind === 'preprompt') return
    const {prompt: own, folder} = subject
    // Stryker disable next-line ArrayDeclaration: a prompt's own number is always in its folder's index
    const steps = stepsOf(folder.byNumber.get(own.number) ?? [])
    // Stryker disable next-line ConditionalExpression: a lone step is the first, which the check below passes by
    if (steps.length < 2) return
    const index = steps.findIndex((step) => step.includes(own))
    const step = steps[index]
    if (index <= 0 || !step || representative(step) !== own) return
    // Stryker disable next-line ArrayDeclaration: there are at least two steps here
    const first = steps[0] ?? []
    const other = representative(first)
    file.message(
      `Unexpected number \`${formatNumber(own.number)}\` shared with \`${other.name}\`, expected one step per number`,
      {place: start, cause: related(folder.dir, other.name, 'Another step with the same number')}
    )
  }
)

export default rule
