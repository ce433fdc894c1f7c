/**
 * ## file-name
 *
 * Checks that a prompt file is named `[prefix_]prompt_00_<package>_preprompt.md`,
 * `[prefix_]prompt_NN_<slug>_red.md`, `[prefix_]prompt_NNb_<slug>_green.md` or,
 * for a foundation step with no red/green suffix, `[prefix_]prompt_NN_<slug>.md`.
 *
 * A prompt file is a markdown file whose name holds `prompt` and a number; other
 * markdown files (`readme.md`, `meta_prompt.md`, `prompt_plan.md`) are documents
 * and are left alone. NN is two digits from `01`, the slug is lower snake case, a
 * green prompt has a `b` after its number and no other prompt has one, the
 * preprompt is `00` and ends in `_preprompt` (the older `_context` is renamed),
 * and where a folder uses a prefix (`testdata_`) every prompt in it uses the same.
 *
 * ### Why
 *
 * Pairing, numbering and plans all rest on the names: a name that is almost
 * right (`prompt_1_…`, `prompt_01_…_green.md`) silently breaks them.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Rename the file to the expected name the message gives (`--fix` does it and
 * rewrites the references).
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *   ```
 *
 * @example
 *   {"name": "deployment/prompt_01_deployment_interfaces.md"}
 *
 *   ```markdown
 *   # **Prompt 01: Interfaces for the Deployment Package**
 *   ```
 *
 * @example
 *   {"name": "orchestration/Prompt_1_config-generator_red.md"}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected file name `Prompt_1_config-generator_red.md` (upper case, one-digit number `1`, slug `config-generator` is not lower snake case), expected `prompt_01_config_generator_red.md`
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01b_config_generator_red.md"}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected file name `prompt_01b_config_generator_red.md` (`b` on a red prompt), expected `prompt_01_config_generator_red.md`
 *   ```
 *
 * @example
 *   {"name": "conductor/prompt_00_orchestration_context.md"}
 *
 *   ```markdown
 *   # **Meta-Prompt: Orchestration Package Generation**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected file name `prompt_00_orchestration_context.md` (a preprompt named `_context`), expected `prompt_00_orchestration_preprompt.md`
 *   ```
 */
import path from 'node:path'
import {canonicalName, type PromptName} from '../src/suite/names.js'
import {planMention} from '../src/suite/plans.js'
import type {Folder} from '../src/suite/model.js'
import {subjectOf} from '../src/suite/subject.js'
import {related, start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import type {VFileMessage} from 'vfile-message'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'file-name',
    description:
      'Checks that a prompt file is named `[prefix_]prompt_00_<package>_preprompt.md`, `[prefix_]prompt_NN_<slug>_red.md`, `[prefix_]prompt_NNb_<slug>_green.md` or, for a foundation step with no red/green suffix, `[prefix_]prompt_NN_<slug>.md`.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject) return
    const {prompt, folder} = subject
    // A second preprompt is the `preprompt` rule's finding, whatever its name.
    // Stryker disable next-line OptionalChaining: a preprompt is among its folder's preprompts, so there is a first
    if (prompt.kind === 'preprompt' && folder.preprompts[0]?.name !== prompt.name) return
    const expected = canonicalName(prompt, folder.prefix)
    if (expected === prompt.name) return
    const {problems, cause} = inspect(prompt, folder)
    if (problems.length === 0) problems.push('separators')
    file.message(
      `Unexpected file name \`${prompt.name}\` (${problems.join(', ')}), expected \`${expected}\``,
      {
        place: start,
        // Else the plan that already names the expected file rides along (one cause, one finding).
        cause:
          cause ??
          planMention(
            model,
            path.join(folder.dir, expected),
            'The plan entry that names the expected file'
          )
      }
    )
  }
)

export default rule

function inspect(prompt: PromptName, folder: Folder): {problems: string[]; cause?: VFileMessage} {
  const problems: string[] = []
  let cause: VFileMessage | undefined
  const {name, kind, digits, letter} = prompt
  if (name !== name.toLowerCase()) problems.push('upper case')
  if (Number.isNaN(prompt.number)) {
    problems.push(`number \`${digits}\` is too large`)
  } else if (kind === 'preprompt') {
    if (prompt.number !== 0) problems.push(`preprompt numbered \`${digits}\``)
    else if (digits !== '00') problems.push(`number \`${digits}\` is not two digits`)
    if (prompt.legacy) problems.push('a preprompt named `_context`')
    if (!prompt.rawSlug) problems.push('no package name')
  } else if (prompt.number === 0) {
    problems.push(`number \`${digits}\` is for the preprompt`)
  } else if (digits.length === 1) {
    problems.push(`one-digit number \`${digits}\``)
  } else if (digits.length !== 2 && prompt.number < 100) {
    problems.push(`number \`${digits}\` is not two digits`)
  }
  const lower = letter.toLowerCase()
  if (kind === 'red' && lower === 'b') problems.push('`b` on a red prompt')
  else if (kind === 'green' && lower !== 'b') problems.push('no `b` on a green prompt')
  // Stryker disable next-line ConditionalExpression: a green's `b` stopped at the line above, so `kind` alone decides
  else if (lower && (lower !== 'b' || kind !== 'green'))
    problems.push(`letter \`${letter}\` after the number`)
  if (prompt.rawSlug && !prompt.slug) {
    problems.push(`slug \`${prompt.rawSlug}\` has no letter a-z or digit`)
  } else if (!prompt.rawSlug && kind !== 'preprompt') {
    problems.push('no slug')
  } else if (prompt.rawSlug.toLowerCase() !== prompt.slug) {
    problems.push(`slug \`${prompt.rawSlug}\` is not lower snake case`)
  }
  if (prompt.prefix !== folder.prefix) {
    const other = folder.prompts.find((each) => each.prefix === folder.prefix)
    problems.push(
      folder.prefix
        ? prompt.prefix
          ? `prefix \`${prompt.prefix}_\` differs from the folder's other prompts (\`${folder.prefix}_\`)`
          : `no prefix \`${folder.prefix}_\` as the folder's other prompts have`
        : `prefix \`${prompt.prefix}_\` where the folder's other prompts have none`
    )
    // Stryker disable next-line ConditionalExpression: the folder's prefix is that of some prompt of it, so one is found
    if (other) cause = related(folder.dir, other.name, 'A prompt with the folder’s usual prefix')
  }
  if (prompt.extension !== '.md') problems.push(`extension \`${prompt.extension}\``)
  return {problems, cause}
}
