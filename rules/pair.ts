/**
 * ## pair
 *
 * Checks that every red prompt has a green prompt with the same number and slug,
 * and every green prompt a red one.
 *
 * Pairing is by number and slug, not by the component's class name:
 * `prompt_03_deployment_orchestrator_red.md` pairs with
 * `prompt_03b_deployment_orchestrator_green.md` whatever the component is called.
 * A red without its green is reported on the red; a green left behind after its
 * red was removed, on the green; where a number has exactly one red and one
 * green whose slugs differ, once, on the green. A red `NNa` pairs with its green
 * `NNb`, and the name expected for a missing prompt follows the suite's naming
 * scheme (see `file-name`).
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
 *   # **Prompt 04: Integration Test for IAMOrchestrator**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04_iam_orchestrator_red.md", "listing": {"orchestration": ["prompt_04_iam_orchestrator_red.md"]}}
 *
 *   ```markdown
 *   # **Prompt 04: Integration Test for IAMOrchestrator**
 *   ```
 *
 *   ```text
 *   1:1: Expected a green prompt `prompt_04b_iam_orchestrator_green.md` to pair with this red prompt
 *   ```
 *
 * @example
 *   {"name": "orchestration/testdata/testdata_prompt_02b_subscriber_green.md", "listing": {"orchestration/testdata": ["testdata_prompt_02b_subscriber_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 02: Implementation for Subscriber Service**
 *   ```
 *
 *   ```text
 *   1:1: Expected a red prompt `testdata_prompt_02_subscriber_red.md` to pair with this green prompt
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_03b_deployment_manager_green.md", "listing": {"orchestration": ["prompt_03_deployment_orchestrator_red.md", "prompt_03b_deployment_manager_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 03: Implementation for DeploymentManager**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected slug `deployment_manager` in this green prompt, expected `deployment_orchestrator` as in its red prompt `prompt_03_deployment_orchestrator_red.md`
 *   ```
 *
 * @example
 *   {"name": "store/prompt_03a_mailer_red.md", "listing": {"store": ["prompt_00_store_preprompt.md", "prompt_01a_envelope_red.md", "prompt_01b_envelope_green.md", "prompt_02a_ledger_red.md", "prompt_02b_ledger_green.md", "prompt_03a_mailer_red.md", "prompt_04a_router_red.md", "prompt_04b_router_green.md", "prompt_05a_tracker_red.md", "prompt_05b_tracker_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 03a: Unit Tests for Mailer**
 *   ```
 *
 *   ```text
 *   1:1: Expected a green prompt `prompt_03b_mailer_green.md` to pair with this red prompt
 *   ```
 *
 * @example
 *   {"name": "store/prompt_03b_mailer_green.md", "listing": {"store": ["prompt_00_store_preprompt.md", "prompt_01a_envelope_red.md", "prompt_01b_envelope_green.md", "prompt_02a_ledger_red.md", "prompt_02b_ledger_green.md", "prompt_03b_mailer_green.md", "prompt_04a_router_red.md", "prompt_04b_router_green.md", "prompt_05a_tracker_red.md", "prompt_05b_tracker_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 03: Implementation for Mailer**
 *   ```
 *
 *   ```text
 *   1:1: Expected a red prompt `prompt_03a_mailer_red.md` to pair with this green prompt
 *   ```
 */
import path from 'node:path'
import {formatName} from '../src/suite/names.js'
import {planMention} from '../src/suite/plans.js'
import {subjectOf} from '../src/suite/subject.js'
import {related, start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'pair',
    description:
      'Checks that every red prompt has a green prompt with the same number and slug, and every green prompt a red one.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject) return
    const {prompt: own, folder} = subject
    if (own.kind !== 'red' && own.kind !== 'green') return
    const partner = model.partner(folder, own)
    const partnerKind = own.kind === 'red' ? 'green' : 'red'
    if (partner && partner.slug === own.slug) return
    if (partner) {
      if (own.kind !== 'green') return
      file.message(
        `Unexpected slug \`${own.slug}\` in this green prompt, expected \`${partner.slug}\` as in its red prompt \`${partner.name}\``,
        {
          place: start,
          cause: related(folder.dir, partner.name, 'The red prompt numbered like this one')
        }
      )
      return
    }
    const expected = formatName(
      {...own, prefix: folder.prefix, kind: partnerKind},
      model.names(folder.dir).scheme
    )
    file.message(
      `Expected a ${partnerKind} prompt \`${expected}\` to pair with this ${own.kind} prompt`,
      {
        place: start,
        // The plan that lists the missing prompt rides along (one cause, one finding).
        cause: planMention(
          model,
          path.join(folder.dir, expected),
          'The plan entry for the missing prompt'
        )
      }
    )
  }
)

export default rule
