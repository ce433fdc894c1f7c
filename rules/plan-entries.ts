/**
 * ## plan-entries
 *
 * Checks that every prompt file a plan names exists.
 *
 * A plan is a markdown file that is not a prompt, in a folder that holds
 * prompts, and that names two or more prompt files — in links, code spans or
 * plain text, with or without `\_` escapes (a `readme.md` or `prompt_plan.md`
 * listing the "Files to Produce"). A bare name is looked for in the plan's
 * folder and every folder below it (a plan in the package folder names the
 * nested `testdata/` prompts by bare name); a name written with a folder is
 * resolved against the plan's folder. Names in urls and absolute paths are left
 * alone.
 *
 * A name that is not on disk is reported on its line, with the file it
 * evidently means now (same slug and kind, else same number and kind) as the
 * expected name. One cause, one finding: a name whose absence a rule already
 * reports on a prompt is not reported again — the expected name of a misnamed
 * prompt (`file-name`), the missing partner of a red or green (`pair`), the
 * preprompt of a suite that has none (`preprompt`), a number that is a gap
 * (`numbering-gap`) or that two steps share (`numbering`).
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
 * Replace the name with the expected one the message gives, or remove the entry.
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
import {related} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import {planOf, shown} from '../src/suite/subject.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'plan-entries',
    description: 'Checks that every prompt file a plan names exists.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const plan = planOf(file, model)
    if (!plan) return
    for (const entry of plan.entries) {
      if (entry.file || !entry.missing || entry.missing.reportedBy) continue
      const meant = entry.missing.meant
      // As the entry is written: a bare name for a bare name, else a path from the plan's folder.
      const expected =
        meant && (entry.written === entry.name ? path.basename(meant) : shown(plan.dir, meant))
      file.message(
        expected
          ? `Unexpected missing prompt \`${entry.written}\` in the plan, expected \`${expected}\``
          : `Unexpected missing prompt \`${entry.written}\` in the plan`,
        {
          place: {
            start: {line: entry.line, column: entry.column},
            end: {line: entry.endLine, column: entry.endColumn}
          },
          cause: meant
            ? related(plan.dir, meant, 'The prompt this entry evidently means')
            : undefined
        }
      )
    }
  }
)

export default rule
