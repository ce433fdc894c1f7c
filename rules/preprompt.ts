/**
 * ## preprompt
 *
 * Checks that a suite has exactly one preprompt
 * (`[prefix_]prompt_00_<package>_preprompt.md`), the master context its red and
 * green prompts refer to.
 *
 * A folder without a preprompt of its own is fine when configuration names the
 * preprompt it uses (option `preprompts`) or when its prompts link to one in
 * another folder (`testdata/` links to
 * `../orchestration/prompt_00_orchestration_preprompt.md`). A missing preprompt
 * is reported once, on the first prompt of the folder; more than one on each of
 * them.
 *
 * ### Options
 *
 * - `preprompts` (`Record<string, string>`, default `{}`): the preprompt of a
 *   folder that has none of its own, folder → file, both relative to the working
 *   directory (`{"testdata": "orchestration/prompt_00_orchestration_preprompt.md"}`).
 *
 * ### Fix
 *
 * Add a preprompt (`tdd-prompt-lint init`), link the one the folder borrows, or
 * merge the extra preprompts into one.
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "listing": {"orchestration": ["prompt_00_orchestration_preprompt.md", "prompt_01_config_generator_red.md"]}}
 *
 *   ```markdown
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 * @example
 *   {"name": "testdata/testdata_prompt_01_publisher_red.md", "listing": {"testdata": ["testdata_prompt_01_publisher_red.md"], "orchestration": ["prompt_00_orchestration_preprompt.md"]}}
 *
 *   ```markdown
 *   # Red: publisher pre-flight test
 *
 *   Read the [orchestration preprompt](../orchestration/prompt_00_orchestration_preprompt.md) first.
 *   ```
 *
 * @example
 *   {"name": "testdata/testdata_prompt_01_publisher_red.md", "listing": {"testdata": ["testdata_prompt_01_publisher_red.md"], "orchestration": ["prompt_00_orchestration_preprompt.md"]}, "options": {"preprompts": {"testdata": "orchestration/prompt_00_orchestration_preprompt.md"}}}
 *
 *   ```markdown
 *   # Red: publisher pre-flight test
 *   ```
 *
 * @example
 *   {"name": "testdata/testdata_prompt_01_publisher_red.md", "listing": {"testdata": ["testdata_prompt_01_publisher_red.md", "testdata_prompt_01b_publisher_green.md"]}}
 *
 *   ```markdown
 *   # Red: publisher pre-flight test
 *   ```
 *
 *   ```text
 *   1:1: Expected a preprompt `testdata_prompt_00_<package>_preprompt.md` in this folder, or a link to the preprompt this folder uses
 *   ```
 *
 * @example
 *   {"name": "testdata/testdata_prompt_01_publisher_red.md", "listing": {"testdata": ["testdata_prompt_01_publisher_red.md"]}, "options": {"preprompts": {"testdata": "orchestration/prompt_00_orchestration_preprompt.md"}}}
 *
 *   ```markdown
 *   # Red: publisher pre-flight test
 *   ```
 *
 *   ```text
 *   1:1: Expected the configured preprompt `../orchestration/prompt_00_orchestration_preprompt.md` to exist
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_00_orchestration_preprompt.md", "listing": {"orchestration": ["prompt_00_deploy_preprompt.md", "prompt_00_orchestration_preprompt.md"]}}
 *
 *   ```markdown
 *   # Orchestration
 *   ```
 *
 *   ```text
 *   1:1: Unexpected second preprompt beside `prompt_00_deploy_preprompt.md`, expected one preprompt per suite
 *   ```
 */
import {formatName} from '../src/names.js'
import {
  configuredPreprompt,
  prepromptLinks,
  prepromptOptions,
  relativeTo,
  type PrepromptOptions
} from '../src/preprompt.js'
import {related, start} from '../src/report.js'
import {defineRule} from '../src/rule.js'
import {fileExists, ownPrompt, suiteOf} from '../src/suite.js'

export type Options = PrepromptOptions

const rule = defineRule<Options>(
  {
    id: 'preprompt',
    description:
      'Checks that a suite has exactly one preprompt (`[prefix_]prompt_00_<package>_preprompt.md`), the master context its red and green prompts refer to.',
    ...prepromptOptions
  },
  function (tree, file, options) {
    const suite = suiteOf(file)
    const own = suite && ownPrompt(file, suite)
    if (!suite || !own) return
    if (own.kind === 'preprompt') {
      const others = suite.preprompts.filter((prompt) => prompt !== own)
      const [other] = others
      if (other) {
        file.message(
          `Unexpected second preprompt beside ${others.map((prompt) => `\`${prompt.name}\``).join(', ')}, expected one preprompt per suite`,
          {place: start, cause: related(suite, other.name, 'Another preprompt in this folder')}
        )
      }
      return
    }
    if (suite.preprompts.length > 0 || suite.prompts[0] !== own) return
    const configured = configuredPreprompt(file, suite, options)
    if (configured) {
      if (!fileExists(file, configured)) {
        file.message(
          `Expected the configured preprompt \`${relativeTo(suite.dir, configured)}\` to exist`,
          {place: start}
        )
      }
      return
    }
    const linked = prepromptLinks(tree, suite.dir).some(
      (link) => link.target && fileExists(file, link.target)
    )
    if (linked) return
    const expected = formatName({
      prefix: suite.prefix,
      number: 0,
      slug: '<package>',
      kind: 'preprompt'
    })
    file.message(
      `Expected a preprompt \`${expected}\` in this folder, or a link to the preprompt this folder uses`,
      {place: start}
    )
  }
)

export default rule
