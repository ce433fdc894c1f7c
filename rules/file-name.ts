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
 * Suites spell names in their own dialect, and are held to it: the letter
 * after a red's and a green's number (`NN`/`NNb` by default; `NNa`/`NNb` where
 * reds carry an `a`), the separator (`_` or `-`) and the case are learned from
 * the prompts' names, as sections are (a choice at least 80% of at least 5 names
 * make; with fewer names, the one known choice they all make), the suite
 * folder's own where they decide, else its style scope's, and only the outliers
 * are reported, with the evidence. The
 * configuration can pin the scheme (`style.names`). Numbered variants of one
 * step (`prompt_00_0_goal.md`, `prompt_00_1_goal_simplified.md`) keep their
 * variant number, and a step numbered `00` that has one is no preprompt.
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
 *
 * @example
 *   {"name": "store/prompt_05a_tracker_red.md", "listing": {"store": ["prompt_00_store_preprompt.md", "prompt_01a_envelope_red.md", "prompt_01b_envelope_green.md", "prompt_02a_ledger_red.md", "prompt_02b_ledger_green.md", "prompt_03a_mailer_red.md", "prompt_03b_mailer_green.md", "prompt_04a_router_red.md", "prompt_04b_router_green.md", "prompt_05a_tracker_red.md", "prompt_05b_tracker_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 05a: Unit Tests for Tracker**
 *   ```
 *
 * @example
 *   {"name": "store/prompt_05_tracker_red.md", "listing": {"store": ["prompt_00_store_preprompt.md", "prompt_01a_envelope_red.md", "prompt_01b_envelope_green.md", "prompt_02a_ledger_red.md", "prompt_02b_ledger_green.md", "prompt_03a_mailer_red.md", "prompt_03b_mailer_green.md", "prompt_04a_router_red.md", "prompt_04b_router_green.md", "prompt_05_tracker_red.md", "prompt_05b_tracker_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 05: Unit Tests for Tracker**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected file name `prompt_05_tracker_red.md` (no `a` on a red prompt, as 4 of 5 reds here are named `NNa`), expected `prompt_05a_tracker_red.md`
 *   ```
 *
 * @example
 *   {"name": "store/prompt-02-ledger-red.md", "listing": {"store": ["prompt-00-store-preprompt.md", "prompt-01-envelope-red.md", "prompt-01b-envelope-green.md", "prompt-02-ledger-red.md", "prompt-02b-ledger-green.md", "prompt-03-mailer-red.md", "prompt-03b-mailer-green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 02: Unit Tests for Ledger**
 *   ```
 *
 * @example
 *   {"name": "store/prompt_00_1_goal_simplified.md", "listing": {"store": ["prompt_00_store_preprompt.md", "prompt_00_0_goal.md", "prompt_00_1_goal_simplified.md", "prompt_01_envelope_red.md", "prompt_01b_envelope_green.md"]}}
 *
 *   ```markdown
 *   # The goal, simplified
 *   ```
 */
import path from 'node:path'
import {
  canonicalName,
  type LearnedScheme,
  type PromptName,
  type SchemePart
} from '../src/suite/names.js'
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
      'Checks that a prompt file is named `[prefix_]prompt_00_<package>_preprompt.md`, `[prefix_]prompt_NN_<slug>_red.md`, `[prefix_]prompt_NNb_<slug>_green.md` or, for a foundation step with no red/green suffix, `[prefix_]prompt_NN_<slug>.md`, in the naming scheme of its suite.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject) return
    const {prompt, folder} = subject
    // A second preprompt is the `preprompt` rule's finding, whatever its name.
    // Stryker disable next-line OptionalChaining: a preprompt is among its folder's preprompts, so there is a first
    if (prompt.kind === 'preprompt' && folder.preprompts[0]?.name !== prompt.name) return
    const learned = model.names(folder.dir)
    const expected = canonicalName(prompt, folder.prefix, learned.scheme)
    if (expected === prompt.name) return
    if (!learned.scheme.lower && expected.toLowerCase() === prompt.name.toLowerCase()) return
    const {problems, cause} = inspect(prompt, folder, learned)
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

const partNames: Record<SchemePart, string> = {
  red: 'reds here are named',
  green: 'greens here are named',
  separator: 'prompt names here use',
  case: 'prompt names here are in'
}

/** `, as 11 of 12 reds here are named \`NNa\``: where a learned part of the scheme comes from. */
function as(learned: LearnedScheme, part: SchemePart): string {
  const found = learned.evidence[part]
  if (found) return `, as ${found.count} of ${found.total} ${partNames[part]} \`${found.display}\``
  return learned.pinned.includes(part) ? ', as the configuration says' : ''
}

function inspect(
  prompt: PromptName,
  folder: Folder,
  learned: LearnedScheme
): {problems: string[]; cause?: VFileMessage} {
  const problems: string[] = []
  let cause: VFileMessage | undefined
  const {scheme} = learned
  const {name, kind, digits} = prompt
  if (scheme.lower && name !== name.toLowerCase()) problems.push('upper case')
  if (Number.isNaN(prompt.number)) {
    problems.push(`number \`${digits}\` is too large`)
  } else if (kind === 'preprompt') {
    if (prompt.number !== 0) problems.push(`preprompt numbered \`${digits}\``)
    else if (digits !== '00') problems.push(`number \`${digits}\` is not two digits`)
    if (prompt.legacy) problems.push('a preprompt named `_context`')
    if (!prompt.rawSlug) problems.push('no package name')
  } else if (prompt.number === 0 && !prompt.variant) {
    problems.push(`number \`${digits}\` is for the preprompt`)
  } else if (digits.length === 1) {
    problems.push(`one-digit number \`${digits}\``)
  } else if (digits.length !== 2 && prompt.number < 100) {
    problems.push(`number \`${digits}\` is not two digits`)
  }
  const letter = letterProblem(prompt, learned)
  if (letter) problems.push(letter)
  const sep = scheme.separator
  const other = sep === '_' ? '-' : '_'
  const written = prompt.slug.replace(/_/g, sep)
  if (prompt.rawSlug && !prompt.slug) {
    problems.push(`slug \`${prompt.rawSlug}\` has no letter a-z or digit`)
  } else if (!prompt.rawSlug && kind !== 'preprompt') {
    problems.push('no slug')
  } else if (prompt.rawSlug !== written && prompt.rawSlug.toLowerCase() !== written) {
    const form = sep === '_' ? 'snake' : 'kebab'
    // The evidence where the slug is written with the other separator.
    const why = prompt.rawSlug.includes(other) ? as(learned, 'separator') : ''
    problems.push(`slug \`${prompt.rawSlug}\` is not lower ${form} case${why}`)
  } else if (name.includes(other)) {
    problems.push(`separator \`${other}\`${as(learned, 'separator')}`)
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

/** What is wrong with the letter after the number, in the scheme of the suite, if anything. */
function letterProblem(prompt: PromptName, learned: LearnedScheme): string | undefined {
  const {kind} = prompt
  const letter = prompt.letter.toLowerCase()
  if (kind === 'preprompt' || kind === 'foundation') {
    return letter ? `letter \`${prompt.letter}\` after the number` : undefined
  }
  const wanted = learned.scheme[kind]
  if (letter === wanted) return undefined
  const other = learned.scheme[kind === 'red' ? 'green' : 'red']
  const why = as(learned, kind)
  if (!letter) return `no \`${wanted}\` on a ${kind} prompt${why}`
  if (letter === other && other) return `\`${prompt.letter}\` on a ${kind} prompt${why}`
  return `letter \`${prompt.letter}\` after the number${why}`
}
