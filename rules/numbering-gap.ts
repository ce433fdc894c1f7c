/**
 * ## numbering-gap
 *
 * Checks that the steps of a suite are numbered `01`, `02`, `03`… with no gaps.
 *
 * Foundation prompts take part. A gap is reported once, on the first prompt after
 * it (its red, else its foundation or green prompt); a suite that does not start
 * at `01`, on its first prompt. A warning by default: a gap is often left on
 * purpose while a suite is reworked.
 *
 * Where sibling package folders are numbered in one sequence (their numbers
 * continue each other: `api/` 01–02, `store/` 03–05), gaps and the start are
 * checked in that sequence: `store/` starting at `03` is no finding. A gap that
 * another finding already explains is not reported again: a prompt whose title
 * still carries a missing number (`title`), or a plan that lists a missing step
 * (`plan-entries`), beside the prompts or above their package folders.
 *
 * ### Why
 *
 * A gap reads as a lost prompt, and usually is one: a pair removed or renumbered.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Close the gap (`tdd-prompt-lint renumber`), or add the missing step.
 *
 * @example
 *   {"name": "orchestration/prompt_02_conductor_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_02_conductor_red.md", "prompt_02b_conductor_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 02: Unit Tests for Conductor**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04_conductor_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_04_conductor_red.md", "prompt_04b_conductor_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 04: Unit Tests for Conductor**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected gap in the numbering: nothing numbered `02`–`03` between `01` and `04`
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
 *   {"name": "app/store/prompt_04_router_red.md", "listing": {"app/api": ["prompt_01_envelope_red.md", "prompt_01b_envelope_green.md", "prompt_02_ledger_red.md", "prompt_02b_ledger_green.md"], "app/store": ["prompt_04_router_red.md", "prompt_04b_router_green.md", "prompt_05_tracker_red.md", "prompt_05b_tracker_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 04: Unit Tests for Router**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected gap in the numbering: nothing numbered `03` between `02` and `04`
 *   ```
 *
 * @example
 *   {"name": "go/feed/prompt_03_ranker_red.md", "listing": {"go/auth": ["prompt_01_token_red.md", "prompt_01b_token_green.md", "prompt_02_guard_red.md", "prompt_02b_guard_green.md"], "go/feed": ["prompt_01_fetcher_red.md", "prompt_01b_fetcher_green.md", "prompt_03_ranker_red.md", "prompt_03b_ranker_green.md"]}, "files": {"go/prompt_plan.md": "# Prompt Plan\n\n## auth\n\n* prompt\\_01\\_token\\_red.md, prompt\\_01b\\_token\\_green.md\n* prompt\\_02\\_guard\\_red.md, prompt\\_02b\\_guard\\_green.md\n\n## feed\n\n* prompt\\_01\\_fetcher\\_red.md, prompt\\_01b\\_fetcher\\_green.md\n* prompt\\_02\\_parser\\_red.md, prompt\\_02b\\_parser\\_green.md\n* prompt\\_03\\_ranker\\_red.md, prompt\\_03b\\_ranker\\_green.md\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Unit Tests for Ranker**
 *   ```
 */
import {formatNumber, stepNumbers} from '../src/suite/names.js'
import type {Folder} from '../src/suite/model.js'
import {subjectOf} from '../src/suite/subject.js'
import {related, start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'numbering-gap',
    description: 'Checks that the steps of a suite are numbered `01`, `02`, `03`… with no gaps.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject || subject.prompt.kind === 'preprompt') return
    const {prompt: own, folder} = subject
    const domain = model.numberingDomain(folder.dir)
    const folders = domain.map((dir) => (dir === folder.dir ? folder : model.folder(dir)))
    const numbers = [...new Set(folders.flatMap(stepNumbers))].sort((a, b) => a - b)
    const index = numbers.indexOf(own.number)
    if (index === -1) return
    // The first folder of the sequence with this number reports, on its red (else foundation, else first).
    if (holder(folders, own.number) !== folder) return
    const group = folder.byNumber.get(own.number) ?? []
    const first =
      group.find((each) => each.kind === 'red') ??
      group.find((each) => each.kind === 'foundation') ??
      group[0]
    if (first !== own) return
    const before = index === 0 ? 0 : (numbers[index - 1] ?? 0)
    if (own.number === before + 1) return
    // One cause, one finding: a stale title or a plan entry in the gap already says what is missing.
    if (model.gapExplained(domain, before + 1, own.number - 1)) return
    const missing =
      own.number - before === 2
        ? `\`${formatNumber(before + 1)}\``
        : `\`${formatNumber(before + 1)}\`–\`${formatNumber(own.number - 1)}\``
    const previousFolder = index === 0 ? undefined : holder(folders, before)
    const previous = previousFolder?.byNumber.get(before)?.[0]
    file.message(
      before === 0
        ? `Unexpected first number \`${formatNumber(own.number)}\`, expected the suite to start at \`01\``
        : `Unexpected gap in the numbering: nothing numbered ${missing} between \`${formatNumber(before)}\` and \`${formatNumber(own.number)}\``,
      {
        place: start,
        cause: previous && related(previousFolder.dir, previous.name, 'The step before the gap')
      }
    )
  }
)

export default rule

/** The first folder of a sequence that has a step of a number. */
function holder(folders: Folder[], number: number): Folder | undefined {
  return folders.find((each) => each.byNumber.has(number))
}
