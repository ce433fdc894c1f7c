/**
 * ## required-sections
 *
 * Checks that a prompt has every section its suite's house style has, and that
 * none of those is empty.
 *
 * A section is a heading or a bold label that starts a paragraph
 * (`**Objective:** …`); names compare case-insensitively without emphasis,
 * backslash escapes, leading numbering (`## 2. Methodology`), a trailing colon or
 * a trailing parenthetical (`Dependencies (Full source code to be provided)` is
 * `Dependencies`). A heading inside a code block is not a section.
 *
 * By default the sections are inferred: for each kind of prompt (preprompt, red,
 * green, foundation), every section that at least 80% of the prompts of that kind
 * in its scope have is expected of all of them, when there are at least 5
 * (settings `style` in the configuration file). A section reds and greens both
 * write is counted over the two kinds together: expected when 80% of the reds
 * and greens of the scope have it (and half of the kind at least), so a few
 * prompts missing the changelog the rest of the suite has are found, and a
 * section both write in about three quarters of their prompts is not expected.
 * The scope is the narrowest that holds 5: the suite folder, else each folder
 * above it, else the repository; two suites of one repository written in
 * different styles are each held to their own. A section is empty when nothing
 * but blank lines and comments stand between it and the next section of its
 * level or higher (for a label: the next section). A section that holds a
 * scaffold's placeholder (`<!-- fill in: … -->`) is the `placeholder` rule's.
 *
 * ### Options
 *
 * - `sections` (`{preprompt?, red?, green?, foundation?: string[]}`): pin the
 *   sections of a kind instead of inferring them.
 * - `aliases` (`Record<string, string[]>`, default `{}`): other names accepted for
 *   a pinned section (`{"Dependencies": ["Inputs"]}`).
 *
 * ### Fix
 *
 * Add the section, or write what belongs under it.
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "options": {"sections": {"red": ["Objective", "TDD Phase", "Primary Prompt"]}}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *
 *   **Objective:** Generate the unit test for `ConfigGenerator`.
 *
 *   **TDD Phase:** Red
 *
 *   ## **Primary Prompt (Concise)**
 *
 *   Your task is to generate `conductor/config_generator_test.go`.
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "options": {"sections": {"red": ["Objective", "TDD Phase", "Primary Prompt", "Prompt Changelog"]}}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *
 *   **Objective:**
 *
 *   **TDD Phase:** Red
 *
 *   ## **Primary Prompt (Concise)**
 *
 *   Your task is to generate `conductor/config_generator_test.go`.
 *   ```
 *
 *   ```text
 *   1:1: Expected a `Prompt Changelog` section in this red prompt, as the configuration requires
 *   3:1-3:15: Unexpected empty section `Objective`, expected content under it
 *   ```
 * @example
 *   {"name": "billing/prompt_06_refunds_red.md", "files": {"billing/prompt_01_a_red.md": "# Red\n\n## Goal\n\nx\n\n## Cases\n\ny\n", "billing/prompt_02_b_red.md": "# Red\n\n## Goal\n\nx\n\n## Cases\n\ny\n", "billing/prompt_03_c_red.md": "# Red\n\n## Goal\n\nx\n\n## Cases\n\ny\n", "billing/prompt_04_d_red.md": "# Red\n\n## Goal\n\nx\n\n## Cases\n\ny\n", "billing/prompt_05_e_red.md": "# Red\n\n## Goal\n\nx\n\n## Cases\n\ny\n", "shipping/prompt_01_a_red.md": "# Red\n\n## Steps\n\nx\n", "shipping/prompt_02_b_red.md": "# Red\n\n## Steps\n\nx\n", "shipping/prompt_03_c_red.md": "# Red\n\n## Steps\n\nx\n", "shipping/prompt_04_d_red.md": "# Red\n\n## Steps\n\nx\n", "shipping/prompt_05_e_red.md": "# Red\n\n## Steps\n\nx\n", "shipping/prompt_06_f_red.md": "# Red\n\n## Steps\n\nx\n"}}
 *
 *   ```markdown
 *   # Red: Refunds
 *
 *   ## Goal
 *
 *   Refund a paid invoice.
 *   ```
 *
 *   ```text
 *   1:1: Expected a `Cases` section in this red prompt, as 5 of 6 red prompts here have
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "options": {"sections": {"red": ["Objective", "TDD Phase"]}}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *
 *   **Objective:** <!-- fill in: What this prompt generates, in one sentence. -->
 *
 *   **TDD Phase:** Red
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md", "options": {"sections": {"red": ["Objective", "TDD Phase"]}}}
 *
 *   ```markdown
 *   # **Prompt 01: Unit Tests for ConfigGenerator**
 *
 *   **TDD Phase:** Red
 *   ```
 *
 *   ```text
 *   1:1: Expected an `Objective` section in this red prompt, as the configuration requires
 *   ```
 */
import {sectionKey} from '../src/suite/facts.js'
import {placeholdersIn} from '../src/scaffold/placeholder.js'
import {kinds, type Kind} from '../src/suite/names.js'
import {subjectOf} from '../src/suite/subject.js'
import {start} from '../src/engine/report.js'
import {defineRule} from '../src/engine/rule.js'
import {article, evidence} from '../src/suite/evidence.js'

export interface Options {
  sections: Partial<Record<Kind, string[]>>
  aliases: Record<string, string[]>
}

const names = {type: 'array', items: {type: 'string', minLength: 1, maxLength: 200}, maxItems: 100}

const rule = defineRule<Options>(
  {
    id: 'required-sections',
    description:
      "Checks that a prompt has every section its suite's house style (or the configuration) has, and that none of those is empty.",
    schema: {
      type: 'object',
      properties: {
        sections: {
          type: 'object',
          properties: Object.fromEntries(kinds.map((kind) => [kind, names])),
          additionalProperties: false
        },
        aliases: {type: 'object', additionalProperties: names, maxProperties: 100}
      },
      additionalProperties: false
    },
    defaults: {sections: {}, aliases: {}}
  },
  function (tree, file, options, model) {
    const subject = subjectOf(file, model)
    if (!subject || !model.judged(subject.prompt, subject.facts)) return
    const {prompt, facts, folder} = subject
    const pinned = options.sections[prompt.kind]
    const wanted: Array<{keys: Set<string>; name: string; why: string}> = []
    if (pinned) {
      const aliases = new Map(
        Object.entries(options.aliases).map(([name, others]) => [sectionKey(name), others])
      )
      for (const name of pinned) {
        const keys = new Set([name, ...(aliases.get(sectionKey(name)) ?? [])].map(sectionKey))
        wanted.push({keys, name, why: 'as the configuration requires'})
      }
    } else {
      for (const [part, found] of model.expected(folder.dir, prompt.kind)) {
        if (!part.startsWith('section:')) continue
        wanted.push({
          keys: new Set([part.slice('section:'.length)]),
          name: found.display,
          why: evidence(found, prompt.kind)
        })
      }
    }
    const empty = []
    for (const {keys, name, why} of wanted) {
      const found = facts.sections.filter((section) => keys.has(section.key))
      const [first] = found
      if (!first) {
        file.message(
          `Expected ${article(name)} \`${name}\` section in this ${prompt.kind} prompt, ${why}`,
          {
            place: start
          }
        )
      } else if (found.every((section) => section.empty)) {
        empty.push(first)
      }
    }
    // A placeholder left in a section is the `placeholder` rule's finding.
    const placeholders =
      empty.length > 0 ? placeholdersIn(tree).map((found) => found.start.line) : []
    const order = new Map(facts.sections.map((section, index) => [section, index]))
    for (const section of empty) {
      const next = facts.sections[order.get(section)! + 1]?.line ?? Infinity
      if (placeholders.some((line) => line >= section.line && line < next)) continue
      file.message(
        `Unexpected empty section \`${section.text.replace(/:$/, '')}\`, expected content under it`,
        {
          place: {
            start: {line: section.line, column: section.column},
            end: {line: section.endLine, column: section.endColumn}
          }
        }
      )
    }
  }
)

export default rule
