/**
 * ## file-name
 *
 * Checks that a prompt file is named `[prefix_]prompt_00_<package>_preprompt.md`,
 * `[prefix_]prompt_NN_<slug>_red.md` or `[prefix_]prompt_NNb_<slug>_green.md`.
 *
 * A prompt file is a markdown file whose name contains `prompt` (any case); other
 * markdown files (`README.md`, `notes.md`) are left alone. NN is two digits from
 * `01`, the slug is lower snake case, a green prompt has a `b` after its number and
 * a red one has none, the preprompt is `00`, and where a folder uses a prefix
 * (`testdata_` in `testdata/`) every prompt in it uses the same one.
 *
 * ### Why
 *
 * Pairing, numbering and the links between prompts all rest on the names: a name
 * that is almost right (`prompt_1_…`, `prompt_01_…_green.md`) silently breaks them.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Rename the file to the expected name the message gives.
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 * @example
 *   {"name": "notes/README.md"}
 *
 *   ```markdown
 *   # Not a prompt file, so not checked
 *   ```
 *
 * @example
 *   {"name": "orchestration/Prompt_1_config-generator_red.md"}
 *
 *   ```markdown
 *   # Red: ConfigGenerator unit test
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
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 *   ```text
 *   1:1: Unexpected file name `prompt_01b_config_generator_red.md` (`b` on a red prompt), expected `prompt_01_config_generator_red.md`
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_configGenerator_green.md"}
 *
 *   ```markdown
 *   # Green: ConfigGenerator
 *   ```
 *
 *   ```text
 *   1:1: Unexpected file name `prompt_01_configGenerator_green.md` (upper case, no `b` on a green prompt, slug `configGenerator` is not lower snake case), expected `prompt_01b_config_generator_green.md`
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_orchestration_preprompt.md"}
 *
 *   ```markdown
 *   # Orchestration
 *   ```
 *
 *   ```text
 *   1:1: Unexpected file name `prompt_01_orchestration_preprompt.md` (preprompt numbered `01`), expected `prompt_00_orchestration_preprompt.md`
 *   ```
 *
 * @example
 *   {"name": "testdata/prompt_02_subscriber_red.md", "listing": {"testdata": ["testdata_prompt_01_publisher_red.md", "testdata_prompt_01b_publisher_green.md", "prompt_02_subscriber_red.md"]}}
 *
 *   ```markdown
 *   # Red: subscriber pre-flight test
 *   ```
 *
 *   ```text
 *   1:1: Unexpected file name `prompt_02_subscriber_red.md` (no prefix `testdata_` as the folder's other prompts have), expected `testdata_prompt_02_subscriber_red.md`
 *   ```
 *
 * @example
 *   {"name": "orchestration/my-prompt.md"}
 *
 *   ```markdown
 *   # Scratch
 *   ```
 *
 *   ```text
 *   1:1: Unexpected prompt file name `my-prompt.md`, expected `[prefix_]prompt_00_<package>_preprompt.md`, `[prefix_]prompt_NN_<slug>_red.md` or `[prefix_]prompt_NNb_<slug>_green.md`
 *   ```
 */
import path from 'node:path'
import {VFileMessage} from 'vfile-message'
import {formatName, isPromptFileName, type PromptName} from '../src/names.js'
import {defineRule, noOptions} from '../src/rule.js'
import {filePath, ownPrompt, suiteOf, type Suite} from '../src/suite.js'
import {related, start} from '../src/report.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'file-name',
    description:
      'Checks that a prompt file is named `[prefix_]prompt_00_<package>_preprompt.md`, `[prefix_]prompt_NN_<slug>_red.md` or `[prefix_]prompt_NNb_<slug>_green.md`.',
    ...noOptions
  },
  function (_tree, file) {
    const own = filePath(file)
    const suite = suiteOf(file)
    if (!own || !suite || !isPromptFileName(path.basename(own))) return
    const name = path.basename(own)
    const prompt = ownPrompt(file, suite)
    if (!prompt) {
      file.message(
        `Unexpected prompt file name \`${name}\`, expected \`[prefix_]prompt_00_<package>_preprompt.md\`, \`[prefix_]prompt_NN_<slug>_red.md\` or \`[prefix_]prompt_NNb_<slug>_green.md\``,
        {place: start}
      )
      return
    }
    const {problems, cause} = inspect(prompt, suite)
    // A slug of no latin letter or digit (`日本`) has no snake case form to offer.
    const slug = prompt.rawSlug && !prompt.slug ? placeholder(prompt) : prompt.slug
    const expected = formatName({...prompt, prefix: suite.prefix, slug})
    if (expected === name) return
    if (problems.length === 0) problems.push('separators')
    file.message(
      `Unexpected file name \`${name}\` (${problems.join(', ')}), expected \`${expected}\``,
      {place: start, cause}
    )
  }
)

export default rule

function inspect(prompt: PromptName, suite: Suite): {problems: string[]; cause?: VFileMessage} {
  const problems: string[] = []
  let cause: VFileMessage | undefined
  const {name, kind, digits, letter} = prompt
  if (name !== name.toLowerCase()) problems.push('upper case')
  if (kind === 'preprompt') {
    if (prompt.number !== 0) problems.push(`preprompt numbered \`${digits}\``)
    else if (digits !== '00') problems.push(`number \`${digits}\` is not two digits`)
    if (!prompt.rawSlug) problems.push('no package name')
  } else if (prompt.number === 0) {
    problems.push(`number \`${digits}\` is for the preprompt`)
  } else if (digits.length === 1) {
    problems.push(`one-digit number \`${digits}\``)
  } else if (digits.length !== 2) {
    problems.push(`number \`${digits}\` is not two digits`)
  }
  const lower = letter.toLowerCase()
  if (kind === 'red' && lower === 'b') problems.push('`b` on a red prompt')
  else if (kind === 'green' && lower !== 'b') problems.push('no `b` on a green prompt')
  if (lower && lower !== 'b') problems.push(`letter \`${letter}\` after the number`)
  if (prompt.rawSlug && !prompt.slug) {
    problems.push(`slug \`${prompt.rawSlug}\` has no letter a-z or digit`)
  } else if (
    prompt.rawSlug &&
    prompt.rawSlug !== prompt.slug &&
    prompt.rawSlug.toLowerCase() !== prompt.slug
  ) {
    problems.push(`slug \`${prompt.rawSlug}\` is not lower snake case`)
  }
  if (prompt.prefix !== suite.prefix) {
    const other = suite.prompts.find((each) => each.prefix === suite.prefix)
    problems.push(
      suite.prefix
        ? prompt.prefix
          ? `prefix \`${prompt.prefix}_\` differs from the folder's other prompts (\`${suite.prefix}_\`)`
          : `no prefix \`${suite.prefix}_\` as the folder's other prompts have`
        : `prefix \`${prompt.prefix}_\` where the folder's other prompts have none`
    )
    if (other) cause = related(suite, other.name, 'A prompt with the folder’s usual prefix')
  }
  if (prompt.extension !== '.md') problems.push(`extension \`${prompt.extension}\``)
  return {problems, cause}
}

function placeholder(prompt: PromptName): string {
  return prompt.kind === 'preprompt' ? '<package>' : '<slug>'
}
