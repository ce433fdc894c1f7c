/**
 * ## placeholder
 *
 * Checks that no placeholder of a scaffold is left in a file: an HTML comment
 * that starts with `fill in` (`<!-- fill in: Who the model is while it writes
 * this. -->`), which `tdd-prompt-lint init` and `new` write wherever the author
 * has text to write.
 *
 * A comment renders as nothing, so a prompt that still holds one reads as if
 * it were finished and the model gets less than the author meant to give it.
 * Other comments are left alone, and so is a placeholder shown in code. A
 * section that holds nothing but a placeholder is reported here only, not as
 * an empty section. A warning by default: a scaffold is work in progress.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Write the text the placeholder asks for in its place.
 *
 * @example
 *   {"name": "orchestration/prompt_07_cache_warmer_red.md"}
 *
 *   ```markdown
 *   # **Prompt 07: Unit Tests for CacheWarmer**
 *
 *   **Objective:** Generate the failing unit tests for `CacheWarmer`.
 *
 *   <!-- Reviewed with the platform team. -->
 *
 *   Placeholders look like `<!-- fill in: … -->`.
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_07_cache_warmer_red.md"}
 *
 *   ```markdown
 *   # **Prompt 07: Unit Tests for CacheWarmer**
 *
 *   **Objective:** <!-- fill in: What this prompt generates, in one sentence. -->
 *
 *   **TDD Phase:** Red
 *
 *   Your task is to generate `conductor/cache_warmer_test.go`. <!-- fill in: Say what it tests. -->
 *
 *   <!-- fill in -->
 *   ```
 *
 *   ```text
 *   3:16-3:78: Unexpected placeholder `fill in: What this prompt generates, in one sentence.`, expected the text it asks for
 *   7:60-7:96: Unexpected placeholder `fill in: Say what it tests.`, expected the text it asks for
 *   9:1-9:17: Unexpected placeholder `fill in`, expected the text it asks for
 *   ```
 */
import {defineRule, noOptions} from '../src/engine/rule.js'
import {placeholdersIn} from '../src/scaffold/placeholder.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'placeholder',
    description: 'Checks that no placeholder of a scaffold is left in a file.',
    ...noOptions
  },
  function (tree, file) {
    for (const found of placeholdersIn(tree)) {
      file.message(`Unexpected placeholder \`${found.text}\`, expected the text it asks for`, {
        place: {start: found.start, end: found.end}
      })
    }
  }
)

export default rule
