/**
 * ## empty-prompt
 *
 * Checks that a prompt file is not empty: a file with nothing but white space or
 * comments gets this one finding, and no other rule judges its content. Other
 * markdown files (notes, plans) may be empty.
 *
 * ### Why
 *
 * An empty prompt is a step of the suite nobody wrote; reporting every section
 * it lacks would bury that one fact.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Write the prompt, or remove the file (and its partner, if the step is dropped).
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md"}
 *
 *   ```markdown
 *   # **Prompt 02: Unit Tests for PreflightValidator**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md"}
 *
 *   ```markdown
 *   <!-- to do -->
 *   ```
 *
 *   ```text
 *   1:1: Unexpected empty prompt file, expected the text of the prompt
 *   ```
 *
 * @example
 *   {"name": "orchestration/notes.md"}
 *
 *   ```markdown
 *   <!-- to do -->
 *   ```
 */
import {start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import {subjectOf} from '../src/suite/subject.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'empty-prompt',
    description: 'Checks that a prompt file is not empty.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (subject?.facts.blank) {
      file.message('Unexpected empty prompt file, expected the text of the prompt', {place: start})
    }
  }
)

export default rule
