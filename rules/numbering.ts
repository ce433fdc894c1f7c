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
 * steps, and the numbered variants of a step (`prompt_00_0_goal.md`,
 * `prompt_00_1_goal_simplified.md`) are one step.
 *
 * Where sibling package folders are numbered in one sequence (their numbers
 * continue each other: `api/` 01–02, `store/` 03–05), a number is checked in
 * that sequence: a step of `store/` numbered like one of `api/` is reported, on
 * the later folder's file.
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
 *
 * @example
 *   {"name": "app/store/prompt_03_mailer_red.md", "listing": {"app/api": ["prompt_01_envelope_red.md", "prompt_01b_envelope_green.md", "prompt_02_ledger_red.md", "prompt_02b_ledger_green.md"], "app/store": ["prompt_03_mailer_red.md", "prompt_03b_mailer_green.md", "prompt_04_router_red.md", "prompt_04b_router_green.md", "prompt_05_tracker_red.md", "prompt_05b_tracker_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 03: Unit Tests for Mailer**
 *   ```
 *
 * @example
 *   {"name": "app/store/prompt_03_mailer_red.md", "listing": {"app/api": ["prompt_01_envelope_red.md", "prompt_01b_envelope_green.md", "prompt_02_ledger_red.md", "prompt_02b_ledger_green.md", "prompt_03_archiver_red.md", "prompt_03b_archiver_green.md"], "app/store": ["prompt_03_mailer_red.md", "prompt_03b_mailer_green.md", "prompt_04_router_red.md", "prompt_04b_router_green.md", "prompt_05_tracker_red.md", "prompt_05b_tracker_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 03: Unit Tests for Mailer**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected number `03` shared with `../api/prompt_03_archiver_red.md`, expected one step per number
 *   ```
 */
import path from 'node:path'
import {formatNumber, representative, stepsOf} from '../src/suite/names.js'
import {shown, subjectOf} from '../src/suite/subject.js'
import {related, start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'numbering',
    description:
      'Checks that no two steps of a suite (pairs or foundation prompts) share a number, in the sequence the suite numbers them in.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject) return
    // Stryker disable next-line ConditionalExpression,StringLiteral: no step holds a preprompt, so one is never reported below either
    if (subject.prompt.kind === 'preprompt') return
    const {prompt: own, folder} = subject
    // The steps of this number in every folder of the sequence, in the sequence's order.
    const steps = model
      .numberingDomain(folder.dir)
      .map((dir) => (dir === folder.dir ? folder : model.folder(dir)))
      .flatMap((each) =>
        stepsOf(each.byNumber.get(own.number) ?? []).map((step) => ({dir: each.dir, step}))
      )
    const index = steps.findIndex((each) => each.step.includes(own))
    if (index <= 0 || representative(steps[index]!.step) !== own) return
    const first = steps[0]!
    const other = representative(first.step)
    file.message(
      `Unexpected number \`${formatNumber(own.number)}\` shared with \`${shown(folder.dir, path.join(first.dir, other.name))}\`, expected one step per number`,
      {place: start, cause: related(first.dir, other.name, 'Another step with the same number')}
    )
  }
)

export default rule
