/**
 * ## plan-entries
 *
 * Checks that every file a plan names exists.
 *
 * A plan is a markdown file, whatever its name (`readme.md`, `0_prompt_plan.md`,
 * `prompt_structure.md`), that names two or more prompt files — in lists,
 * tables, links, code spans or plain text, with or without `\_` escapes; a
 * preprompt that lists its suite's pairs is a plan too. Beside no prompt (a plan
 * above its package folders), at least half of the names must be prompts of
 * the repository (not a methodology note with example names). A bare name is looked for in the plan's folder and every folder
 * below it (a plan in the package folder names the nested `testdata/` prompts
 * by bare name), then anywhere in the repository; a name written with a folder
 * is resolved against the plan's folder. Names in urls and absolute paths are
 * left alone.
 *
 * A prompt name that is not on disk is reported on its line, with the file it
 * evidently means now (same slug and kind, else same number and kind) as the
 * expected name. So is another markdown file the plan lists on a list item or
 * a table row (a support document such as `codestyle.md`), with the closest
 * existing name when one shows a rename; conventional names of generated
 * files (`README.md`) and files in folders that do not exist are files to
 * produce, not references.
 *
 * One cause, one finding: a name whose absence a rule already reports as an
 * error on a prompt is not reported again — the expected name of a misnamed
 * prompt (`file-name`), the missing partner of a red or green (`pair`), the
 * preprompt of a suite that has none (`preprompt`), a number that two steps
 * share (`numbering`). A missing step that leaves a gap is reported here all the
 * same: `numbering-gap` is a warning, and may be off. Links in a preprompt are
 * `prompt-links`'.
 *
 * ### Why
 *
 * A plan is what a person (or a model) works through; after a pair is renamed
 * or the suite renumbered, a plan that still names the old files sends them to
 * files that are not there.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Replace the name with the expected one the message gives (`--fix` does when
 * the entry names a file of the folder it is written for), or remove the entry
 * (`--fix` removes the line of an entry alone on its line that names a step
 * removed from the middle of its suite, nothing else evidently meant).
 *
 * @example
 *   {"name": "orchestration/readme.md", "listing": {"orchestration": ["prompt_00_orchestration_preprompt.md", "prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md"], "orchestration/testdata": ["testdata_prompt_01_publisher_red.md", "testdata_prompt_01b_publisher_green.md"]}}
 *
 *   ```markdown
 *   # Orchestration Package: Prompt Plan
 *
 *   ## Files to Produce
 *
 *   * prompt\_00\_orchestration\_preprompt.md: the master context.
 *   * `prompt_01_config_generator_red.md`: "Red" prompt for the ConfigGenerator unit test.
 *   * [prompt_01b_config_generator_green.md](prompt_01b_config_generator_green.md): "Green" prompt for the ConfigGenerator implementation.
 *   * testdata\_prompt\_01\_publisher\_red.md: "Red" prompt for the publisher's pre-flight test.
 *   * [the publisher's green](testdata/testdata_prompt_01b_publisher_green.md)
 *   ```
 *
 * @example
 *   {"name": "orchestration/readme.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_02_remote_director_red.md", "prompt_02b_remote_director_green.md"]}}
 *
 *   ```markdown
 *   # Orchestration Package: Prompt Plan
 *
 *   * prompt\_01\_config\_generator\_red.md: "Red" prompt for the ConfigGenerator unit test.
 *   * prompt\_01b\_config\_generator\_green.md: "Green" prompt for the ConfigGenerator implementation.
 *   * prompt\_02\_director\_client\_red.md: "Red" prompt for the RemoteDirectorClient integration test.
 *   * prompt\_02b\_director\_client\_green.md: "Green" prompt for the RemoteDirectorClient implementation.
 *   * prompt\_03\_conductor\_red.md: "Red" prompt for the Conductor unit test.
 *   ```
 *
 *   ```text
 *   5:3-5:39: Unexpected missing prompt `prompt_02_director_client_red.md` in the plan, expected `prompt_02_remote_director_red.md`
 *   6:3-6:42: Unexpected missing prompt `prompt_02b_director_client_green.md` in the plan, expected `prompt_02b_remote_director_green.md`
 *   7:3-7:32: Unexpected missing prompt `prompt_03_conductor_red.md` in the plan
 *   ```
 *
 * @example
 *   {"name": "prompt_structure.md", "listing": {"api": ["prompt_01_codec_red.md", "prompt_01b_codec_green.md"], "store": ["prompt_02_ledger_red.md", "prompt_02b_ledger_green.md"], ".": ["code_style.md"]}}
 *
 *   ```markdown
 *   # Prompt Structure
 *
 *   | File | Purpose |
 *   | --- | --- |
 *   | `codestyle.md` | The code style every prompt follows |
 *   | `api/prompt_01_codec_red.md` | Red: the Codec unit test |
 *   | `api/prompt_01b_codec_green.md` | Green: the Codec |
 *   | `store/prompt_02_ledger_red.md` | Red: the Ledger unit test |
 *   | `store/prompt_02b_ledger_green.md` | Green: the Ledger |
 *   | `store/prompt_03_audit_red.md` | Red: the Audit unit test |
 *   | `README.md` | Generated: the package's readme |
 *   ```
 *
 *   ```text
 *   5:4-5:16: Unexpected missing file `codestyle.md` in the plan, expected `code_style.md`
 *   10:10-10:32: Unexpected missing prompt `store/prompt_03_audit_red.md` in the plan
 *   ```
 *
 * @example
 *   {"name": "scheduler/readme.md", "listing": {"scheduler": ["meta-prompt.md", "prompt_00_0_goal.md", "prompt_00_1_goal_short.md", "prompt_01_queue_red.md", "prompt_01b_queue_green.md"]}}
 *
 *   ```markdown
 *   # Scheduler: Files to Produce
 *
 *   * prompt\_00\_0\_goal.md: the goal.
 *   * prompt\_00\_1\_goal\_simplified.md: the goal, simplified.
 *   * prompt\_01\_queue\_red.md: "Red" prompt for the Queue unit test.
 *   * prompt\_01b\_queue\_green.md: "Green" prompt for the Queue implementation.
 *   ```
 *
 *   ```text
 *   4:3-4:37: Unexpected missing prompt `prompt_00_1_goal_simplified.md` in the plan, expected `prompt_00_1_goal_short.md`
 *   ```
 *
 * @example
 *   {"name": "prompt_plan.md", "listing": {"auth": ["prompt_01_token_red.md", "prompt_01b_token_green.md", "prompt_02_guard_red.md", "prompt_02b_guard_green.md"], "feed": ["prompt_01_fetcher_red.md", "prompt_01b_fetcher_green.md", "prompt_02_scorer_red.md", "prompt_02b_scorer_green.md"]}}
 *
 *   ```markdown
 *   # Prompt Plan
 *
 *   ## auth
 *
 *   * prompt\_01\_token\_red.md, prompt\_01b\_token\_green.md
 *   * prompt\_02\_guard\_red.md, prompt\_02b\_guard\_green.md
 *
 *   ## feed
 *
 *   * prompt\_01\_fetcher\_red.md, prompt\_01b\_fetcher\_green.md
 *   * prompt\_02\_ranker\_red.md, prompt\_02b\_ranker\_green.md
 *   ```
 *
 *   ```text
 *   11:3-11:29: Unexpected missing prompt `prompt_02_ranker_red.md` in the plan, expected `prompt_02_scorer_red.md`
 *   11:31-11:60: Unexpected missing prompt `prompt_02b_ranker_green.md` in the plan, expected `prompt_02b_scorer_green.md`
 *   ```
 *
 * @example
 *   {"name": "orchestration/readme.md", "listing": {"orchestration": ["prompt_00_orchestration_preprompt.md", "Prompt_01_Config_Generator_red.md", "prompt_01b_config_generator_green.md", "prompt_02_iam_orchestrator_red.md"]}}
 *
 *   ```markdown
 *   # Orchestration Package: Prompt Plan
 *
 *   The misnamed red and the missing green are reported on the prompts (`file-name`, `pair`), not here:
 *
 *   * prompt\_01\_config\_generator\_red.md
 *   * prompt\_01b\_config\_generator\_green.md
 *   * prompt\_02\_iam\_orchestrator\_red.md
 *   * prompt\_02b\_iam\_orchestrator\_green.md
 *   ```
 */
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {related} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import type {Span} from '../src/suite/facts.js'
import {parsePromptName} from '../src/suite/names.js'
import {staleReference} from '../src/suite/references.js'
import {planOf, shown} from '../src/suite/subject.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'plan-entries',
    description: 'Checks that every file a plan names exists.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const plan = planOf(file, model)
    if (!plan) return
    const facts = model.own(file)
    // In a preprompt that lists its suite, links are `prompt-links`'.
    const isPrompt = model.prompt(plan.file) !== undefined
    const links = new Set(
      facts.fileNames
        .filter((each) => each.where === 'link')
        .map((each) => `${each.line}:${each.column}`)
    )
    const found: Finding[] = []
    for (const entry of plan.entries) {
      if (entry.file || !entry.missing) continue
      // One cause, one finding, except for a gap: its finding is a warning that may be off.
      const by = entry.missing.reportedBy
      if (by && by !== 'numbering-gap') continue
      if (isPrompt && links.has(`${entry.line}:${entry.column}`)) continue
      const meant = entry.missing.meant
      // As the entry is written: a bare name for a bare name, else a path from the plan's folder.
      const expected =
        meant && (entry.written === entry.name ? path.basename(meant) : shown(plan.dir, meant))
      const folder = entry.written.slice(0, -entry.name.length)
      const target = entry.folder && model.folder(entry.folder)
      // A step removed from the middle of its suite, alone on its line: the entry goes.
      const removed =
        !meant &&
        target &&
        target.prompts.length > 0 &&
        entry.prompt.number <= Math.max(0, ...target.byNumber.keys()) &&
        facts.promptNames.filter((each) => each.line === entry.line).length === 1 &&
        facts.fileNames.some((each) => each.line === entry.line && each.listed)
      found.push({
        at: entry,
        reason: expected
          ? `Unexpected missing prompt \`${entry.written}\` in the plan, expected \`${expected}\``
          : `Unexpected missing prompt \`${entry.written}\` in the plan`,
        cause: meant
          ? related(plan.dir, meant, 'The prompt this entry evidently means')
          : undefined,
        replacement:
          meant && path.resolve(plan.dir, folder) === path.dirname(meant)
            ? escapeAs(entry, path.basename(meant))
            : removed
              ? ''
              : undefined
      })
    }
    // The other markdown files it lists: support documents (`codestyle.md`), files to produce.
    for (const mention of facts.fileNames) {
      if (!mention.listed || mention.where === 'label' || parsePromptName(mention.value)) continue
      if (isPrompt && mention.where === 'link') continue
      const stale = staleReference(model, plan.dir, mention, true)
      if (!stale) continue
      const expected = stale.meant && (stale.replacement ?? shown(plan.dir, stale.meant))
      found.push({
        at: mention,
        reason: expected
          ? `Unexpected missing file \`${stale.written}\` in the plan, expected \`${expected.replace(/\\_/g, '_')}\``
          : `Unexpected missing file \`${stale.written}\` in the plan`,
        cause: stale.meant
          ? related(plan.dir, stale.meant, 'The file this entry evidently means')
          : undefined,
        replacement: stale.replacement
      })
    }
    found.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
    for (const each of found) {
      const message = file.message(each.reason, {place: span(each.at), cause: each.cause})
      if (each.replacement !== undefined) message.expected = [each.replacement]
    }
  }
)

export default rule

interface Finding {
  at: Span
  reason: string
  cause: VFileMessage | undefined
  /** The text that replaces the name as written, when one file evidently fits; `''`: the entry's line goes. */
  replacement: string | undefined
}

function span(at: Span) {
  return {start: {line: at.line, column: at.column}, end: {line: at.endLine, column: at.endColumn}}
}

/** A name written as the entry writes names: `\_` escapes kept. */
function escapeAs(entry: Span & {name: string}, name: string): string {
  return entry.endColumn - entry.column > entry.name.length ? name.replace(/_/g, '\\_') : name
}
