/**
 * ## preprompt-index
 *
 * Checks that a preprompt's component list links every pair in its own folder
 * (the red or the green prompt of each), and links no prompt that does not exist.
 *
 * The component list is the section named in `sections` (`Components` by
 * default); without one, the whole preprompt. Folders that borrow the preprompt,
 * like `testdata/`, may be listed there but need not be.
 *
 * ### Why
 *
 * The preprompt is the index a reader and a model start from: a pair missing from
 * it is a component nobody is told about.
 *
 * ### Options
 *
 * - `sections` (`string[]`, default `["Components"]`): headings that hold the
 *   component list, compared case-insensitively.
 *
 * ### Fix
 *
 * Add a list item with links to the pair's red and green prompts
 * (`tdd-prompt-lint new` does this for a new pair).
 *
 * @example
 *   {"name": "orchestration/prompt_00_orchestration_preprompt.md", "listing": {"orchestration": ["prompt_00_orchestration_preprompt.md", "prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md"]}}
 *
 *   ```markdown
 *   # Orchestration
 *
 *   ## Components
 *
 *   1. ConfigGenerator: [red](prompt_01_config_generator_red.md), [green](prompt_01b_config_generator_green.md)
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_00_orchestration_preprompt.md", "listing": {"orchestration": ["prompt_00_orchestration_preprompt.md", "prompt_01_config_generator_red.md", "prompt_01b_config_generator_green.md", "prompt_02_preflight_validator_red.md", "prompt_02b_preflight_validator_green.md"]}}
 *
 *   ```markdown
 *   # Orchestration
 *
 *   [Pair 02](prompt_02_preflight_validator_red.md) is linked, but not in the component list.
 *
 *   ## Components
 *
 *   1. ConfigGenerator: [red](prompt_01_config_generator_red.md)
 *   2. Conductor: [red](prompt_06_conductor_red.md)
 *   ```
 *
 *   ```text
 *   8:15-8:48: Unexpected link to missing prompt `prompt_06_conductor_red.md` in the component list
 *   5:1-5:14: Expected the component list to link pair `02` (`prompt_02_preflight_validator_red.md`)
 *   ```
 */
import path from 'node:path'
import type {Root} from 'mdast'
import {links, outline, sectionKey} from '../src/markdown.js'
import {formatNumber, isPromptFileName} from '../src/names.js'
import {related, start} from '../src/report.js'
import {defineRule} from '../src/rule.js'
import {fileExists, ownPrompt, suiteOf} from '../src/suite.js'

export interface Options {
  sections: string[]
}

const rule = defineRule<Options>(
  {
    id: 'preprompt-index',
    description:
      "Checks that a preprompt's component list links every pair in its own folder (the red or the green prompt of each), and links no prompt that does not exist.",
    schema: {
      type: 'object',
      properties: {sections: {type: 'array', items: {type: 'string', minLength: 1}, minItems: 1}},
      additionalProperties: false
    },
    defaults: {sections: ['Components']}
  },
  function (tree, file, options) {
    const suite = suiteOf(file)
    const own = suite && ownPrompt(file, suite)
    if (!suite || !own || own.kind !== 'preprompt') return
    const keys = new Set(options.sections.map(sectionKey))
    const section = outline(tree).sections.find((each) => keys.has(sectionKey(each.text)))
    const scope: Root = section
      ? {type: 'root', children: [section.node, ...section.content]}
      : tree
    const linked = new Set<string>()
    for (const link of links(scope, suite.dir)) {
      if (!link.target || !isPromptFileName(path.basename(link.target))) continue
      if (fileExists(file, link.target)) linked.add(link.target)
      else {
        file.message(`Unexpected link to missing prompt \`${link.url}\` in the component list`, {
          place: link.position
        })
      }
    }
    for (const [number, group] of suite.byNumber) {
      if (group.some((prompt) => linked.has(path.join(suite.dir, prompt.name)))) continue
      const first = group[0]
      if (!first) continue
      file.message(
        `Expected the component list to link pair \`${formatNumber(number)}\` (\`${first.name}\`)`,
        {
          place: section?.node.position ?? start,
          cause: related(suite, first.name, 'A prompt of the unlisted pair')
        }
      )
    }
  }
)

export default rule
