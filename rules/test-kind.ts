/**
 * ## test-kind
 *
 * Checks that a red prompt says which kind of test it asks for, in its title or
 * in its Objective section: `unit`, `integration`, `pre-flight` or `end-to-end`
 * by default.
 *
 * Kinds are matched as whole words, case-insensitively; a hyphen may also be a
 * space or nothing (`pre-flight`, `pre flight`, `preflight`).
 *
 * ### Why
 *
 * A unit test with fakes and an integration test against real services are
 * different work: a red prompt that does not say which it wants gets either.
 *
 * ### Options
 *
 * - `kinds` (`string[]`, default `["unit", "integration", "pre-flight", "end-to-end"]`):
 *   the kinds of test a red prompt may ask for.
 * - `sections` (`string[]`, default `["Objective"]`): the sections read besides the
 *   title.
 *
 * ### Fix
 *
 * Say it in the title: `# Red: ConfigGenerator unit test`.
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 * @example
 *   {"name": "testdata/testdata_prompt_01_publisher_red.md"}
 *
 *   ```markdown
 *   # Red: publisher
 *
 *   ## Objective
 *
 *   Write the publisher's **preflight** test.
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   # Red: ConfigGenerator test for the community
 *
 *   ## Context
 *
 *   A unit of work.
 *
 *   ## Objective
 *
 *   Write the test.
 *   ```
 *
 *   ```text
 *   1:1-1:46: Expected the title or the `Objective` section to say which kind of test this red prompt asks for: `unit`, `integration`, `pre-flight` or `end-to-end`
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "options": {"kinds": ["property"]}}
 *
 *   ```markdown
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 *   ```text
 *   1:1-1:33: Expected the title or the `Objective` section to say which kind of test this red prompt asks for: `property`
 *   ```
 */
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {outline, sectionKey} from '../src/markdown.js'
import {start} from '../src/report.js'
import {defineRule} from '../src/rule.js'
import {ownPrompt, suiteOf} from '../src/suite.js'

export interface Options {
  kinds: string[]
  sections: string[]
}

const words = {type: 'array', items: {type: 'string', minLength: 1, maxLength: 100}, minItems: 1}

const rule = defineRule<Options>(
  {
    id: 'test-kind',
    description:
      'Checks that a red prompt says which kind of test it asks for, in its title or in its Objective section: `unit`, `integration`, `pre-flight` or `end-to-end` by default.',
    schema: {
      type: 'object',
      properties: {kinds: words, sections: words},
      additionalProperties: false
    },
    defaults: {kinds: ['unit', 'integration', 'pre-flight', 'end-to-end'], sections: ['Objective']}
  },
  function (tree, file, options) {
    const suite = suiteOf(file)
    const own = suite && ownPrompt(file, suite)
    if (!own || own.kind !== 'red') return
    const {title, sections} = outline(tree)
    const keys = new Set(options.sections.map(sectionKey))
    const read: Root['children'] = title ? [title] : []
    for (const section of sections) {
      if (keys.has(sectionKey(section.text))) read.push(section.node, ...section.content)
    }
    const text = ' ' + normalise(toString({type: 'root', children: read})) + ' '
    if (options.kinds.some((kind) => matches(text, kind))) return
    const quoted = options.kinds.map((kind) => `\`${kind}\``)
    const list =
      quoted.length > 1 ? quoted.slice(0, -1).join(', ') + ' or ' + quoted.at(-1) : quoted.join('')
    const where = options.sections.map((name) => `the \`${name}\` section`).join(' or ')
    file.message(
      `Expected the title or ${where} to say which kind of test this red prompt asks for: ${list}`,
      {place: title?.position ?? start}
    )
  }
)

export default rule

/** Lower case, and every run of other characters one space. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')
}

function matches(text: string, kind: string): boolean {
  const spaced = normalise(kind).trim()
  return text.includes(` ${spaced} `) || text.includes(` ${spaced.replace(/ /g, '')} `)
}
