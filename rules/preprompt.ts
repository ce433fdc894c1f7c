/**
 * ## preprompt
 *
 * Checks that every suite works under exactly one preprompt
 * (`prompt_00_<package>_preprompt.md`), the master context of its package.
 *
 * A folder's preprompt is its own; else the nearest ancestor folder's (a
 * `testdata/` nested in the package folder works under the package's); else one
 * its prompts link to (a sibling `testdata/` linking
 * `../orchestration/prompt_00_orchestration_preprompt.md`, or the one markdown
 * file most of them link or name); else the one configuration names for the
 * folder (option `preprompts`). In each folder, from the suite's own up to the
 * repository, a numbered `prompt_00_…_preprompt.md` comes first, then a file
 * named for the role: `meta-prompt.md`, `Meta_Prompt.md`, `master prompt.md`,
 * `preprompt.md`, `context.md` (any separator and case), such as a project-wide
 * context one or two folders above the package folders. A suite with none is
 * reported once, on its first prompt; a nested suite whose package has none is
 * covered by the package's finding. A second preprompt in a folder is reported
 * once, on the extra one, naming the one in force (the one numbered `00` and
 * named after the folder, else the first by name).
 *
 * ### Options
 *
 * - `preprompts` (`Record<string, string>`, default `{}`): the preprompt of a
 *   folder that has none of its own, folder → file, both relative to the working
 *   directory.
 *
 * ### Fix
 *
 * Add the preprompt (`tdd-prompt-lint init`), or merge the extra one into it.
 *
 * @example
 *   {"name": "conductor/testdata/testdata_prompt_01_publisher_red.md", "listing": {"conductor": ["prompt_00_orchestration_preprompt.md", "prompt_01_config_generator_red.md"], "conductor/testdata": ["testdata_prompt_01_publisher_red.md"]}}
 *
 *   ```markdown
 *   # **Prompt 01: Pre-flight Test for Publisher Service**
 *   ```
 *
 * @example
 *   {"name": "prompts/go/api/prompt_01_router_red.md", "listing": {"prompts": ["meta-prompt.md"], "prompts/go/api": ["prompt_01_router_red.md", "prompt_01b_router_green.md"], "prompts/go/store": ["context.md", "prompt_02_ledger_red.md"]}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for Router**
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md"]}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *   ```
 *
 *   ```text
 *   1:1: Expected a preprompt for this suite (`prompt_00_orchestration_preprompt.md` in `orchestration`, or one in a folder above it)
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_00_other_preprompt.md", "listing": {"orchestration": ["prompt_00_orchestration_preprompt.md", "prompt_00_other_preprompt.md"]}}
 *
 *   ```markdown
 *   # **Meta-Prompt: Other Package Generation**
 *   ```
 *
 *   ```text
 *   1:1: Unexpected second preprompt in this folder, expected one: `prompt_00_orchestration_preprompt.md` is the preprompt in force
 *   ```
 */
import path from 'node:path'
import {formatName, toSnakeCase} from '../src/suite/names.js'
import {subjectOf} from '../src/suite/subject.js'
import {related, start} from '../src/engine/report.js'
import {defineRule} from '../src/engine/rule.js'
import {prepromptOptions, type PrepromptOptions} from '../src/config/preprompt.js'

export type Options = PrepromptOptions

const rule = defineRule<Options>(
  {
    id: 'preprompt',
    description: 'Checks that every suite works under exactly one preprompt.',
    ...prepromptOptions
  },
  function (_tree, file, options, model) {
    const subject = subjectOf(file, model)
    if (!subject) return
    const {prompt: own, folder} = subject
    if (own.kind === 'preprompt') {
      const [inForce] = folder.preprompts
      if (inForce && inForce !== own && inForce.name !== own.name) {
        file.message(
          `Unexpected second preprompt in this folder, expected one: \`${inForce.name}\` is the preprompt in force`,
          {place: start, cause: related(folder.dir, inForce.name, 'The preprompt in force')}
        )
      }
      return
    }
    if (folder.prompts.find((each) => each.kind !== 'preprompt') !== own) return
    if (model.preprompt(folder.dir) || configured(file.cwd, folder.dir, options)) return
    if (model.parentSuite(folder.dir)) return
    const expected = formatName({
      prefix: folder.prefix,
      number: 0,
      slug: toSnakeCase(path.basename(folder.dir)) || '<package>',
      kind: 'preprompt'
    })
    file.message(
      `Expected a preprompt for this suite (\`${expected}\` in \`${path.basename(folder.dir)}\`, or one in a folder above it)`,
      {place: start}
    )
  }
)

export default rule

function configured(cwd: string, dir: string, options: PrepromptOptions): boolean {
  return Object.keys(options.preprompts).some((folder) => path.resolve(cwd, folder) === dir)
}
