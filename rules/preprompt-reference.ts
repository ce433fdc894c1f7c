/**
 * ## preprompt-reference
 *
 * Checks that every red and green prompt links to its suite's preprompt, and that
 * a link to a preprompt resolves.
 *
 * The suite's preprompt is the one in the prompt's own folder, else the one
 * configuration names for the folder (option `preprompts`). A folder with neither
 * (like `testdata/`, which serves the orchestration suite) must link to an
 * existing preprompt elsewhere.
 *
 * ### Why
 *
 * The preprompt is the master context: a red or green prompt run without it is
 * run without the package's conventions.
 *
 * ### Options
 *
 * - `preprompts` (`Record<string, string>`, default `{}`): the preprompt of a
 *   folder that has none of its own, folder → file, both relative to the working
 *   directory.
 *
 * ### Fix
 *
 * Link the preprompt, usually in the Context section:
 * `Read [the preprompt](prompt_00_orchestration_preprompt.md) first.`
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "listing": {"orchestration": ["prompt_00_orchestration_preprompt.md", "prompt_01_config_generator_red.md"]}}
 *
 *   ```markdown
 *   # Red: ConfigGenerator unit test
 *
 *   ## Context
 *
 *   Read [the preprompt](prompt_00_orchestration_preprompt.md) first.
 *   ```
 *
 * @example
 *   {"name": "testdata/testdata_prompt_01_publisher_red.md", "listing": {"testdata": ["testdata_prompt_01_publisher_red.md"], "orchestration": ["prompt_00_orchestration_preprompt.md"]}}
 *
 *   ```markdown
 *   # Red: publisher pre-flight test
 *
 *   Read [the orchestration preprompt][pre] first.
 *
 *   [pre]: ../orchestration/prompt_00_orchestration_preprompt.md
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "listing": {"orchestration": ["prompt_00_orchestration_preprompt.md", "prompt_01_config_generator_red.md"]}}
 *
 *   ````markdown
 *   # Red: ConfigGenerator unit test
 *
 *   ```markdown
 *   [not a link](prompt_00_orchestration_preprompt.md)
 *   ```
 *   ````
 *
 *   ```text
 *   1:1: Expected a link to the suite’s preprompt `prompt_00_orchestration_preprompt.md`
 *   ```
 *
 * @example
 *   {"name": "testdata/testdata_prompt_01_publisher_red.md", "listing": {"testdata": ["testdata_prompt_01_publisher_red.md"], "orchestration": ["prompt_00_orchestration_preprompt.md"]}}
 *
 *   ```markdown
 *   # Red: publisher pre-flight test
 *
 *   Read [the preprompt](../orchestration/prompt_00_orchestrator_preprompt.md) first.
 *   ```
 *
 *   ```text
 *   3:6-3:75: Unexpected link to missing preprompt `../orchestration/prompt_00_orchestrator_preprompt.md`, expected an existing preprompt
 *   1:1: Expected a link to an existing preprompt: this folder has none of its own
 *   ```
 *
 * @example
 *   {"name": "testdata/testdata_prompt_01_publisher_red.md", "listing": {"testdata": ["testdata_prompt_01_publisher_red.md"], "orchestration": ["prompt_00_orchestration_preprompt.md"]}, "options": {"preprompts": {"testdata": "orchestration/prompt_00_orchestration_preprompt.md"}}}
 *
 *   ```markdown
 *   # Red: publisher pre-flight test
 *   ```
 *
 *   ```text
 *   1:1: Expected a link to the suite’s preprompt `../orchestration/prompt_00_orchestration_preprompt.md`
 *   ```
 */
import path from 'node:path'
import {
  expectedPreprompt,
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
    id: 'preprompt-reference',
    description:
      "Checks that every red and green prompt links to its suite's preprompt, and that a link to a preprompt resolves.",
    ...prepromptOptions
  },
  function (tree, file, options) {
    const suite = suiteOf(file)
    const own = suite && ownPrompt(file, suite)
    if (!suite || !own || own.kind === 'preprompt') return
    const expected = expectedPreprompt(file, suite, options)
    const linked = prepromptLinks(tree, suite.dir)
    let resolved = false
    for (const link of linked) {
      if (link.target && fileExists(file, link.target)) {
        resolved ||= expected === undefined || link.target === expected
        continue
      }
      file.message(
        `Unexpected link to missing preprompt \`${link.url}\`, expected ${expected ? `\`${relativeTo(suite.dir, expected)}\`` : 'an existing preprompt'}`,
        {place: link.position}
      )
    }
    if (resolved) return
    if (expected) {
      file.message(
        `Expected a link to the suite’s preprompt \`${relativeTo(suite.dir, expected)}\``,
        {
          place: start,
          cause: related(path.dirname(expected), path.basename(expected), 'The suite’s preprompt')
        }
      )
    } else {
      file.message('Expected a link to an existing preprompt: this folder has none of its own', {
        place: start
      })
    }
  }
)

export default rule
