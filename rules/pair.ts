/**
 * ## pair
 *
 * Checks that every red prompt has a green prompt with the same number and slug,
 * and every green prompt a red one.
 *
 * Pairing is by number and slug, not by the component's class name:
 * `prompt_03_deployment_orchestrator_red.md` pairs with
 * `prompt_03b_deployment_orchestrator_green.md` whatever the component is called.
 * Where a number has exactly one red and one green whose slugs differ, both are
 * reported as a pair whose slugs differ.
 *
 * ### Why
 *
 * A red prompt without its green leaves a failing test nobody is asked to make
 * pass; a green without its red asks for code no test pins down.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Add the missing prompt (`tdd-prompt-lint new` writes both), or rename one of the
 * two so their slugs agree.
 *
 * @example
 *   {"name": "orchestration/prompt_04_iam_orchestrator_red.md", "listing": {"orchestration": ["prompt_04_iam_orchestrator_red.md", "prompt_04b_iam_orchestrator_green.md"]}}
 *
 *   ```markdown
 *   # Red: IAMOrchestrator integration test
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04_iam_orchestrator_red.md", "listing": {"orchestration": ["prompt_04_iam_orchestrator_red.md"]}}
 *
 *   ```markdown
 *   # Red: IAMOrchestrator integration test
 *   ```
 *
 *   ```text
 *   1:1: Expected `prompt_04b_iam_orchestrator_green.md` to pair with this red prompt
 *   ```
 *
 * @example
 *   {"name": "testdata/testdata_prompt_02b_subscriber_green.md", "listing": {"testdata": ["testdata_prompt_02b_subscriber_green.md"]}}
 *
 *   ```markdown
 *   # Green: subscriber main.go
 *   ```
 *
 *   ```text
 *   1:1: Expected `testdata_prompt_02_subscriber_red.md` to pair with this green prompt
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03_deployment_orchestrator_red.md", "listing": {"orchestration": ["prompt_03_deployment_orchestrator_red.md", "prompt_03b_deployment_manager_green.md"]}}
 *
 *   ```markdown
 *   # Red: DeploymentManager unit test
 *   ```
 *
 *   ```text
 *   1:1: Unexpected slug `deployment_orchestrator` in this red prompt, expected `deployment_manager` as in its green prompt `prompt_03b_deployment_manager_green.md`
 *   ```
 */
import {formatName} from '../src/names.js'
import {related, start} from '../src/report.js'
import {defineRule, noOptions} from '../src/rule.js'
import {ownPrompt, promptsWith, suiteOf} from '../src/suite.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'pair',
    description:
      'Checks that every red prompt has a green prompt with the same number and slug, and every green prompt a red one.',
    ...noOptions
  },
  function (_tree, file) {
    const suite = suiteOf(file)
    const own = suite && ownPrompt(file, suite)
    if (!suite || !own || own.kind === 'preprompt') return
    const partnerKind = own.kind === 'red' ? 'green' : 'red'
    const partners = promptsWith(suite, own.number, partnerKind)
    if (partners.some((partner) => partner.slug === own.slug)) return
    const [partner] = partners
    if (partner && partners.length === 1 && promptsWith(suite, own.number, own.kind).length === 1) {
      file.message(
        `Unexpected slug \`${own.slug}\` in this ${own.kind} prompt, expected \`${partner.slug}\` as in its ${partnerKind} prompt \`${partner.name}\``,
        {
          place: start,
          cause: related(suite, partner.name, `The ${partnerKind} prompt numbered like this one`)
        }
      )
      return
    }
    const expected = formatName({...own, prefix: suite.prefix, kind: partnerKind})
    file.message(`Expected \`${expected}\` to pair with this ${own.kind} prompt`, {place: start})
  }
)

export default rule
