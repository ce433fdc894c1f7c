/**
 * ## title
 *
 * Checks that a prompt's title carries its own number: `Prompt 04: …` in
 * `prompt_04_…_red.md` and in `prompt_04b_…_green.md` (a green says its pair's
 * number), and, where the house style numbers titles, that it has one.
 *
 * The title is the first heading of depth 1; emphasis and escapes do not count
 * (`# **Prompt 04: Integration Test for QuotaLedger**`); a letter after the number
 * (`Prompt 05a` in a suite that names its reds `NNa`) is part of it. The house style expects
 * a numbered title of every prompt of a kind when at least 80% of the prompts of
 * that kind in the repository have one (and there are at least 5).
 *
 * A preprompt's title needs no number; a prompt whose phase contradicts its name
 * is left to `phase`, and a number of five digits or more (no number a suite
 * uses) to `file-name`.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Set the title's number to the file's (`--fix` does, unless emphasis splits the
 * number: `Prompt **05**`).
 *
 * @example
 *   {"name": "orchestration/prompt_04b_iam_orchestrator_green.md"}
 *
 *   ```markdown
 *   # **Prompt 04: Implementation for IAMOrchestrator**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04b_iam_orchestrator_green.md", "fix": [["04"]]}
 *
 *   ```markdown
 *   # **Prompt 05: Implementation for IAMOrchestrator**
 *   ```
 *
 *   ```text
 *   1:12-1:14: Unexpected `Prompt 05` in the title, expected `Prompt 04` as the file name says
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04b_iam_orchestrator_green.md", "fix": [null]}
 *
 *   ```markdown
 *   # Prompt **05**: Implementation for IAMOrchestrator
 *   ```
 *
 *   ```text
 *   1:1-1:52: Unexpected `Prompt 05` in the title, expected `Prompt 04` as the file name says
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_1234_overflow_red.md"}
 *
 *   ```markdown
 *   # **Prompt 05: Unit Tests for Overflow**
 *   ```
 *
 *   ```text
 *   1:12-1:14: Unexpected `Prompt 05` in the title, expected `Prompt 1234` as the file name says
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_12345_overflow_red.md"}
 *
 *   ```markdown
 *   # **Prompt 05: Unit Tests for Overflow**
 *   ```
 *
 * @example
 *   {"name": "orchestration/readme.md"}
 *
 *   ```markdown
 *   # **Prompt 05: Orchestration Package Plan**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_00_orchestration_preprompt.md"}
 *
 *   ```markdown
 *   # **Prompt 03: Meta-Prompt for the Orchestration Package**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04b_iam_orchestrator_green.md"}
 *
 *   ```markdown
 *   # **Prompt 05: Unit Tests for IAMOrchestrator**
 *
 *   **TDD Phase:** Red
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "files": {"orchestration/prompt_01_config_generator_red.md": "# **Prompt 01: Unit Tests for ConfigGenerator**\n", "orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentOrchestrator**\n", "orchestration/prompt_04_iam_orchestrator_red.md": "# **Prompt 04: Unit Tests for IAMOrchestrator**\n", "orchestration/prompt_05_director_client_red.md": "# **Prompt 05: Unit Tests for DirectorClient**\n"}}
 *
 *   ```markdown
 *   ---
 *   owner: platform
 *   ---
 *
 *   # **Unit Tests for PreflightValidator**
 *   ```
 *
 *   ```text
 *   5:1: Expected a title `Prompt 02: …`, as 4 of 5 red prompts here have
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "files": {"orchestration/prompt_01_config_generator_red.md": "# **Prompt 01: Unit Tests for ConfigGenerator**\n", "orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentOrchestrator**\n", "orchestration/prompt_04_iam_orchestrator_red.md": "# **Prompt 04: Unit Tests for IAMOrchestrator**\n", "orchestration/prompt_05_director_client_red.md": "# **Prompt 05: Unit Tests for DirectorClient**\n"}}
 *
 *   ```markdown
 *   **Objective:** Generate the unit tests for `PreflightValidator`.
 *   ```
 *
 *   ```text
 *   1:1: Expected a title `Prompt 02: …`, as 4 of 5 red prompts here have
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "files": {"orchestration/prompt_01_config_generator_red.md": "# **Prompt 01: Unit Tests for ConfigGenerator**\n", "orchestration/prompt_03_deployment_orchestrator_red.md": "# **Prompt 03: Unit Tests for DeploymentOrchestrator**\n", "orchestration/prompt_04_iam_orchestrator_red.md": "# **Prompt 04: Unit Tests for IAMOrchestrator**\n", "orchestration/prompt_05_director_client_red.md": "# **Unit Tests for DirectorClient**\n"}}
 *
 *   ```markdown
 *   # **Unit Tests for PreflightValidator**
 *   ```
 *
 * @example
 *   {"name": "store/prompt_05a_tracker_red.md"}
 *
 *   ```markdown
 *   # **Prompt 05a: Unit Tests for Tracker**
 *   ```
 */
import {formatNumber} from '../src/suite/names.js'
import {subjectOf} from '../src/suite/subject.js'
import {start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import {evidence} from '../src/suite/evidence.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'title',
    description: "Checks that a prompt's title carries its own number, as `Prompt NN: …`.",
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject || !model.judged(subject.prompt, subject.facts)) return
    const {prompt, facts, folder} = subject
    const title = facts.title
    if (prompt.kind === 'preprompt' || Number.isNaN(prompt.number)) return
    if (title?.number !== undefined) {
      if (title.number === prompt.number) return
      const at = title.numberPlace ?? title
      const message = file.message(
        `Unexpected \`Prompt ${formatNumber(title.number)}\` in the title, expected \`Prompt ${formatNumber(prompt.number)}\` as the file name says`,
        {
          place: {
            start: {line: at.line, column: at.column},
            end: {line: at.endLine, column: at.endColumn}
          }
        }
      )
      // The quick fix: the digits as the file name has them.
      if (title.numberPlace) message.expected = [formatNumber(prompt.number)]
      return
    }
    const expected = model.expects(folder.dir, prompt.kind, 'title:numbered')
    if (!expected) return
    file.message(
      `Expected a title \`Prompt ${formatNumber(prompt.number)}: …\`, ${evidence(expected, prompt.kind)}`,
      {place: title ? {line: title.line, column: title.column} : start}
    )
  }
)

export default rule
