/**
 * ## numbering
 *
 * Checks that the pairs of a suite are numbered `01`, `02`, `03`… with no gaps,
 * and that no two different pairs share a number.
 *
 * A gap is reported on the first prompt after it; a suite that does not start at
 * `01` on its first prompt; a number shared by two pairs on each file that shares
 * it, naming the others.
 *
 * ### Why
 *
 * The numbers are the order in which the prompts are run: a gap reads as a lost
 * prompt and a shared number leaves the order undefined.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Renumber the pairs (both files of a pair) so they run from `01` without gaps.
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_02_preflight_validator_red.md", "prompt_02b_preflight_validator_green.md"]}}
 *
 *   ```markdown
 *   # Red: PreflightValidator unit test
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04_iam_orchestrator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_02_preflight_validator_red.md", "prompt_02b_preflight_validator_green.md", "prompt_04_iam_orchestrator_red.md", "prompt_04b_iam_orchestrator_green.md"]}}
 *
 *   ```markdown
 *   # Red: IAMOrchestrator integration test
 *   ```
 *
 *   ```text
 *   1:1: Unexpected number `04` after `02`, expected `03`
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04b_iam_orchestrator_green.md", "listing": {"orchestration": ["prompt_02_preflight_validator_red.md", "prompt_02b_preflight_validator_green.md", "prompt_04_iam_orchestrator_red.md", "prompt_04b_iam_orchestrator_green.md"]}}
 *
 *   ```markdown
 *   # Green: the gap is reported on the red prompt before this one
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "listing": {"orchestration": ["prompt_02_preflight_validator_red.md", "prompt_02b_preflight_validator_green.md"]}}
 *
 *   ```markdown
 *   # Red: PreflightValidator unit test
 *   ```
 *
 *   ```text
 *   1:1: Unexpected first number `02`, expected the suite to start at `01`
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_01_conductor_red.md", "prompt_01b_conductor_green.md"]}}
 *
 *   ```markdown
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 *   ```text
 *   1:1: Unexpected number `01` shared with `prompt_01_conductor_red.md`, `prompt_01b_conductor_green.md`, expected one pair per number
 *   ```
 */
import {formatNumber} from '../src/names.js'
import {related, start} from '../src/report.js'
import {defineRule, noOptions} from '../src/rule.js'
import {ownPrompt, promptsWith, suiteOf} from '../src/suite.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'numbering',
    description:
      'Checks that the pairs of a suite are numbered `01`, `02`, `03`… with no gaps, and that no two different pairs share a number.',
    ...noOptions
  },
  function (_tree, file) {
    const suite = suiteOf(file)
    const own = suite && ownPrompt(file, suite)
    if (!suite || !own || own.kind === 'preprompt' || own.number === 0) return
    const group = suite.byNumber.get(own.number) ?? []
    const numbers = [...suite.byNumber.keys()].filter((number) => number > 0)
    const previous = numbers.filter((number) => number < own.number).pop() ?? 0
    if (group[0] === own && own.number - previous > 1) {
      if (previous === 0) {
        file.message(
          `Unexpected first number \`${formatNumber(own.number)}\`, expected the suite to start at \`01\``,
          {place: start}
        )
      } else {
        const before = suite.byNumber.get(previous)?.at(-1)
        file.message(
          `Unexpected number \`${formatNumber(own.number)}\` after \`${formatNumber(previous)}\`, expected \`${formatNumber(previous + 1)}\``,
          {place: start, cause: before && related(suite, before.name, 'The prompt before the gap')}
        )
      }
    }
    const reds = promptsWith(suite, own.number, 'red').length
    const greens = promptsWith(suite, own.number, 'green').length
    const others = group.filter((prompt) => prompt.slug !== own.slug)
    const [other] = others
    if (other && (reds > 1 || greens > 1)) {
      file.message(
        `Unexpected number \`${formatNumber(own.number)}\` shared with ${others.map((prompt) => `\`${prompt.name}\``).join(', ')}, expected one pair per number`,
        {place: start, cause: related(suite, other.name, 'Another pair with the same number')}
      )
    }
  }
)

export default rule
