/**
 * ## required-sections
 *
 * Checks that a prompt has every section its kind requires, and that none of them
 * is empty.
 *
 * Sections are headings of any depth below the title (a first `#` heading),
 * matched case-insensitively (a trailing colon does not count), found in the
 * markdown tree: a heading inside a code block is not a section. A section is
 * empty when nothing but headings and comments stands between it and the next
 * heading of the same or a higher level.
 *
 * Defaults:
 *
 * - preprompt: Context, Components, Conventions, Workflow
 * - red: Context, Objective, Test cases, Constraints, Acceptance criteria
 * - green: Context, Objective, Requirements, Constraints, Acceptance criteria
 *
 * ### Options
 *
 * - `sections` (`{preprompt?, red?, green?: string[]}`): the required sections of
 *   each kind; a kind left out keeps its default.
 * - `aliases` (`Record<string, string[]>`, default `{}`): other headings accepted
 *   for a section (`{"Test cases": ["Tests"]}`).
 *
 * ### Fix
 *
 * Add the section, or write what belongs under it.
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   # Red: ConfigGenerator unit test
 *
 *   ## Context
 *   The package generates Cloud Run configuration.
 *   ## Objective
 *   Write a failing unit test.
 *   ### Test cases:
 *   - empty project id is an error
 *   ## constraints
 *   No network.
 *   ## Acceptance criteria
 *   `go test` fails for the right reason.
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01b_config_generator_green.md", "options": {"sections": {"green": ["Objective", "Done when"]}, "aliases": {"Done when": ["Acceptance criteria"]}}}
 *
 *   ```markdown
 *   # Green: ConfigGenerator
 *
 *   ## Objective
 *   Make the test pass.
 *   ## Acceptance criteria
 *   The test passes.
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ````markdown
 *   # Red: ConfigGenerator unit test
 *
 *   ## Context
 *
 *   <!-- What the component is for. -->
 *
 *   ## Objective
 *
 *   ### Kind
 *   A unit test.
 *
 *   ```markdown
 *   ## Test cases
 *   ```
 *
 *   ## Constraints
 *   ## Acceptance criteria
 *   Fails for the right reason.
 *   ````
 *
 *   ```text
 *   1:1: Expected a `Test cases` section in this red prompt
 *   3:1-3:11: Unexpected empty section `Context`, expected content under it
 *   16:1-16:15: Unexpected empty section `Constraints`, expected content under it
 *   ```
 */
import {outline, sectionKey} from '../src/markdown.js'
import type {Kind} from '../src/names.js'
import {start} from '../src/report.js'
import {defineRule} from '../src/rule.js'
import {ownPrompt, suiteOf} from '../src/suite.js'

export interface Options {
  sections: Record<Kind, string[]>
  aliases: Record<string, string[]>
}

const names = {type: 'array', items: {type: 'string', minLength: 1}}

const rule = defineRule<Options>(
  {
    id: 'required-sections',
    description:
      'Checks that a prompt has every section its kind requires, and that none of them is empty.',
    schema: {
      type: 'object',
      properties: {
        sections: {
          type: 'object',
          properties: {preprompt: names, red: names, green: names},
          additionalProperties: false
        },
        aliases: {type: 'object', additionalProperties: names}
      },
      additionalProperties: false
    },
    defaults: {
      sections: {
        preprompt: ['Context', 'Components', 'Conventions', 'Workflow'],
        red: ['Context', 'Objective', 'Test cases', 'Constraints', 'Acceptance criteria'],
        green: ['Context', 'Objective', 'Requirements', 'Constraints', 'Acceptance criteria']
      },
      aliases: {}
    }
  },
  function (tree, file, options) {
    const suite = suiteOf(file)
    const own = suite && ownPrompt(file, suite)
    if (!own) return
    const {sections} = outline(tree)
    const aliases = new Map(
      Object.entries(options.aliases).map(([name, others]) => [sectionKey(name), others])
    )
    const empty = []
    for (const name of options.sections[own.kind]) {
      const keys = new Set([name, ...(aliases.get(sectionKey(name)) ?? [])].map(sectionKey))
      const found = sections.filter((section) => keys.has(sectionKey(section.text)))
      const [first] = found
      if (!first) {
        file.message(`Expected a \`${name}\` section in this ${own.kind} prompt`, {place: start})
      } else if (found.every((section) => section.empty)) {
        empty.push(first)
      }
    }
    for (const section of empty) {
      file.message(`Unexpected empty section \`${section.text}\`, expected content under it`, {
        place: section.node.position
      })
    }
  }
)

export default rule
