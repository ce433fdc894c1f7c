/**
 * ## phase
 *
 * Checks that a prompt's `TDD Phase` label agrees with its file name: `Red` in a
 * red file, `Green` in a green file, `Foundation` in a numbered prompt with no
 * red/green suffix.
 *
 * The label is a bold label at the start of a paragraph (`**TDD Phase:** Red`);
 * its value may carry a note (`Green (Write the code to make the failing tests
 * pass).`). A phase other than these three (`Refactor`) is not judged. A file
 * whose phase contradicts its name usually holds another prompt altogether (a
 * copy-paste slip): this rule reports it once, on the label, and the rules that
 * judge a prompt's content leave that file alone.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Put the right prompt in the file, or correct the label (`--fix` corrects it
 * when the title agrees with the file name: the label alone is wrong). The
 * title agrees when it says `Implementation` in a green file, or `Test`/`Tests`
 * in a red one, and not both; a note after the value is not part of it.
 *
 * @example
 *   {"name": "orchestration/prompt_01b_config_generator_green.md"}
 *
 *   ```markdown
 *   # **Prompt 01: Implementation for ConfigGenerator**
 *
 *   **TDD Phase:** Green (Write the code to make the failing tests pass).
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "fix": [null]}
 *
 *   ```markdown
 *   # **Prompt 05: Implementation for RemoteDirectorClient**
 *
 *   **TDD Phase:** Green
 *   ```
 *
 *   ```text
 *   3:16-3:21: Unexpected TDD phase `Green` in a red prompt file, expected `Red` (the file holds a green prompt: `Prompt 05: Implementation for RemoteDirectorClient`)
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md"}
 *
 *   ```markdown
 *   # **Prompt 02: Unit Tests for PreflightValidator**
 *
 *   **TDD Phase:** Refactor
 *   ```
 *
 * @example
 *   {"name": "orchestration/readme.md"}
 *
 *   ```markdown
 *   # **Orchestration Package: Prompt Plan**
 *
 *   **TDD Phase:** Green
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md"}
 *
 *   ```markdown
 *   # **Prompt 02: Unit Tests for PreflightValidator**
 *
 *   **Objective:** Generate the unit tests for `PreflightValidator`.
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04b_iam_orchestrator_green.md", "fix": [["Green"]]}
 *
 *   ```markdown
 *   # **Prompt 04: Implementation for IAMOrchestrator**
 *
 *   **TDD Phase:** Red.
 *   ```
 *
 *   ```text
 *   3:16-3:19: Unexpected TDD phase `Red` in a green prompt file, expected `Green` (the title agrees with the file name: `Prompt 04: Implementation for IAMOrchestrator`)
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "fix": [["Red"]]}
 *
 *   ```markdown
 *   # **Prompt 02: Pre-flight Test for PreflightValidator**
 *
 *   **TDD Phase:** Green (Write the code to make the failing tests pass).
 *   ```
 *
 *   ```text
 *   3:16-3:21: Unexpected TDD phase `Green` in a red prompt file, expected `Red` (the title agrees with the file name: `Prompt 02: Pre-flight Test for PreflightValidator`)
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04b_iam_orchestrator_green.md", "fix": [null]}
 *
 *   ```markdown
 *   # **Prompt 04: Unit Tests for IAMOrchestrator**
 *
 *   **TDD Phase:** Red
 *   ```
 *
 *   ```text
 *   3:16-3:19: Unexpected TDD phase `Red` in a green prompt file, expected `Green` (the file holds a red prompt: `Prompt 04: Unit Tests for IAMOrchestrator`)
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_04b_iam_orchestrator_green.md", "fix": [null]}
 *
 *   ```markdown
 *   # **Prompt 04: IAMOrchestrator**
 *
 *   **TDD Phase:** Red
 *   ```
 *
 *   ```text
 *   3:16-3:19: Unexpected TDD phase `Red` in a green prompt file, expected `Green` (the file holds a red prompt: `Prompt 04: IAMOrchestrator`)
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "fix": [null]}
 *
 *   ```markdown
 *   # **Prompt 02: Unit Tests and Implementation for PreflightValidator**
 *
 *   **TDD Phase:** Green
 *   ```
 *
 *   ```text
 *   3:16-3:21: Unexpected TDD phase `Green` in a red prompt file, expected `Red` (the file holds a green prompt: `Prompt 02: Unit Tests and Implementation for PreflightValidator`)
 *   ```
 *
 * @example
 *   {"name": "deployment/prompt_01_deployment_interfaces.md", "fix": [null]}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for DeploymentInterfaces**
 *
 *   **TDD Phase:** Red
 *   ```
 *
 *   ```text
 *   3:16-3:19: Unexpected TDD phase `Red` in a foundation prompt file, expected `Foundation` (the file holds a red prompt: `Prompt 01: Unit Tests for DeploymentInterfaces`)
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "fix": [null]}
 *
 *   ```markdown
 *   **TDD Phase:** Foundation
 *   ```
 *
 *   ```text
 *   1:16-1:26: Unexpected TDD phase `Foundation` in a red prompt file, expected `Red` (the file holds a foundation prompt)
 *   ```
 */
import {phaseKind} from '../src/suite/model.js'
import {subjectOf} from '../src/suite/subject.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import {article} from '../src/suite/evidence.js'

export type Options = Record<string, never>

const names = {
  red: 'Red',
  green: 'Green',
  foundation: 'Foundation',
  // Stryker disable next-line StringLiteral: a preprompt is never mismatched, so never named here
  preprompt: 'Preprompt'
}

const rule = defineRule<Options>(
  {
    id: 'phase',
    description: "Checks that a prompt's `TDD Phase` label agrees with its file name.",
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject) return
    const {prompt, facts} = subject
    const phase = facts.phase
    // Stryker disable next-line ConditionalExpression: with no label nothing is mismatched; this narrows the type
    if (!phase) return
    if (!model.mismatched(prompt, facts)) return
    // Stryker disable next-line StringLiteral: a mismatched phase always names a kind, so the default is never used
    const said = phaseKind(phase.word) ?? 'foundation'
    const value = phase.value.replace(/\s*[(.].*/, '')
    const title = facts.title ? `: \`${facts.title.text}\`` : ''
    // A title that agrees with the file name says the label alone is wrong: not another prompt.
    const labelOnly = titleAgrees(prompt.kind, facts.title?.subject)
    const why = labelOnly
      ? `the title agrees with the file name${title}`
      : `the file holds ${article(said)} ${said} prompt${title}`
    const message = file.message(
      `Unexpected TDD phase \`${value}\` in a ${prompt.kind} prompt file, expected \`${names[prompt.kind]}\` (${why})`,
      {
        place: {
          start: {line: phase.line, column: phase.column},
          end: {line: phase.line, column: phase.column + value.length}
        }
      }
    )
    // The label alone is wrong when the title agrees with the file name: a quick fix.
    if (labelOnly) message.expected = [names[prompt.kind]]
  }
)

export default rule

/** Whether a title's subject (`Unit Tests`, `Implementation`) says the same kind as the file name. */
function titleAgrees(kind: string, subject: string | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: with no subject neither pattern below matches; this keeps the types
  if (!subject) return false
  const green = /\bimplementation\b/i.test(subject)
  const red = /\btests?\b/i.test(subject)
  return kind === 'green' ? green && !red : kind === 'red' ? red && !green : false
}
