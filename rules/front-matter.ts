/**
 * ## front-matter
 *
 * Checks that a prompt's front matter (a block between `---` lines at the very top)
 * is closed and is valid YAML.
 *
 * Front matter is optional. A prompt that opens with a `---` line starts front
 * matter, which ends at the next `---` line. Its first YAML error is reported on
 * its line; a block that is never closed is reported where it opens, and the rest
 * of the file is then read as markdown, so the other rules still check the body.
 * The YAML is parsed as data only: no tag runs code, and aliases are expanded at
 * most 100 times (a “billion laughs” block is an error, not a hang). TOML front
 * matter (`+++`) is checked for its closing line only.
 *
 * ### Why
 *
 * Tools that feed prompts to a model read the front matter; a typo there silently
 * drops every key after it, and an unclosed block turns the whole prompt into
 * front matter for some tools and into a horizontal rule for others.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Correct the YAML at the line given, or close the block with a `---` line.
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   ---
 *   title: ConfigGenerator
 *   tags: [unit, config]
 *   ---
 *
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   ---
 *   title: ConfigGenerator
 *   tags: [unit, config
 *   owner: platform
 *   ---
 *
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 *   ```text
 *   4:1: Unexpected YAML in the front matter (Flow sequence in block collection must be sufficiently indented and end with a ]), expected valid YAML
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   ---
 *   title: ConfigGenerator
 *   owner: platform
 *   title: DeploymentManager
 *   ---
 *
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 *   ```text
 *   4:1: Unexpected YAML in the front matter (Map keys must be unique), expected valid YAML
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   ---
 *   a: &a [x, x, x, x, x, x, x, x, x, x]
 *   b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
 *   c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
 *   ---
 *
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 *   ```text
 *   3:8: Unexpected YAML in the front matter (Excessive alias count indicates a resource exhaustion attack), expected valid YAML
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_01_config_generator_red.md"}
 *
 *   ```markdown
 *   ---
 *   title: ConfigGenerator
 *
 *   # Red: ConfigGenerator unit test
 *   ```
 *
 *   ```text
 *   1:1-1:4: Unexpected front matter that is never closed, expected a `---` line after it
 *   ```
 *
 * @example
 *   {"name": "orchestration/notes.md"}
 *
 *   ```markdown
 *   ---
 *   not: [checked
 *   ---
 *   ```
 */
import path from 'node:path'
import {isAlias, LineCounter, parseDocument, visit} from 'yaml'
import {defineRule, noOptions} from '../src/engine/rule.js'
import {filePath} from '../src/suite/subject.js'
import {isPromptFileName} from '../src/suite/names.js'

export type Options = Record<string, never>

const fences: Record<string, string> = {'---': 'yaml', '+++': 'toml'}

const rule = defineRule<Options>(
  {
    id: 'front-matter',
    description:
      "Checks that a prompt's front matter (a block between `---` lines at the very top) is closed and is valid YAML.",
    ...noOptions
  },
  function (tree, file) {
    const own = filePath(file)
    if (own && !isPromptFileName(path.basename(own))) return
    const first = tree.children[0]
    if (first?.type === 'yaml') {
      // `yaml` breaks lines at LF only: a CR alone would run the lines together.
      const problem = yamlProblem(first.value.replace(/\r\n?/g, '\n'))
      if (problem) {
        const start = first.position?.start.line ?? 1
        file.message(
          `Unexpected YAML in the front matter (${problem.reason}), expected valid YAML`,
          {place: {line: start + problem.line, column: problem.column}}
        )
      }
      return
    }
    const opening = /^(---|\+\+\+)[ \t]*(?:\r?\n|\r|$)/.exec(String(file.value ?? ''))
    const fence = opening?.[1]
    if (fence && (first as {type: string} | undefined)?.type !== fences[fence]) {
      file.message(
        `Unexpected front matter that is never closed, expected a \`${fence}\` line after it`,
        {place: {start: {line: 1, column: 1}, end: {line: 1, column: 4}}}
      )
    }
  }
)

export default rule

interface Problem {
  reason: string
  /** Line within the YAML (1 is the line after the opening `---`). */
  line: number
  column: number
}

/** The first problem of a YAML text, parsed as data, with aliases expanded at most 100 times. */
function yamlProblem(value: string): Problem | undefined {
  const lineCounter = new LineCounter()
  const document = parseDocument(value, {lineCounter, prettyErrors: true})
  const [error] = document.errors
  if (error) {
    const at = error.linePos?.[0] ?? {line: 1, col: 1}
    return {reason: withoutPlace(error.message), line: at.line, column: at.col}
  }
  try {
    document.toJS({maxAliasCount: 100})
  } catch (error) {
    // Unresolved or excessive aliases: point at the first alias.
    let offset = 0
    visit(document, {
      Alias(_key, node) {
        if (isAlias(node) && node.range) {
          offset = node.range[0]
          return visit.BREAK
        }
        return undefined
      }
    })
    const at = lineCounter.linePos(offset)
    return {
      reason: withoutPlace(error instanceof Error ? error.message : String(error)),
      line: at.line,
      column: at.col
    }
  }
  return undefined
}

function withoutPlace(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim()
}
