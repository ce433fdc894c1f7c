/**
 * ## prompt-links
 *
 * Checks that every relative link in a prompt file that points at a prompt file
 * (a markdown file whose name contains `prompt`) points at one that exists.
 *
 * Links in code are not links. Where the target folder holds a prompt with the
 * same number and kind, the message names it.
 *
 * ### Why
 *
 * Prompts are read by people and pasted into models: a dangling link loses the
 * context the author meant to give.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Point the link at the renamed file, or remove it.
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_02_preflight_validator_red.md"]}}
 *
 *   ```markdown
 *   # Red: PreflightValidator unit test
 *
 *   It validates what [ConfigGenerator](prompt_01_config_generator_red.md) produces. See also [the docs](https://example.com/prompt.md).
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_02_preflight_validator_red.md", "listing": {"orchestration": ["prompt_01_config_generator_red.md", "prompt_02_preflight_validator_red.md"], "testdata": []}}
 *
 *   ```markdown
 *   # Red: PreflightValidator unit test
 *
 *   It validates what [ConfigGenerator](prompt_01_config_gen_red.md) produces,
 *   for [the publisher](../testdata/testdata_prompt_01_publisher_red.md).
 *   ```
 *
 *   ```text
 *   3:19-3:65: Unexpected link to missing prompt file `prompt_01_config_gen_red.md`, expected `prompt_01_config_generator_red.md`
 *   4:5-4:69: Unexpected link to missing prompt file `../testdata/testdata_prompt_01_publisher_red.md`
 *   ```
 */
import path from 'node:path'
import {links} from '../src/markdown.js'
import {isPromptFileName, parsePromptName} from '../src/names.js'
import {defineRule, noOptions} from '../src/rule.js'
import {fileExists, listFolder, ownPrompt, suiteOf} from '../src/suite.js'
import type {VFile} from 'vfile'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'prompt-links',
    description:
      'Checks that every relative link in a prompt file that points at a prompt file (a markdown file whose name contains `prompt`) points at one that exists.',
    ...noOptions
  },
  function (tree, file) {
    const suite = suiteOf(file)
    if (!suite || !ownPrompt(file, suite)) return
    for (const link of links(tree, suite.dir)) {
      const target = link.target
      if (!target || !isPromptFileName(path.basename(target)) || fileExists(file, target)) continue
      const near = nearest(file, target)
      file.message(
        `Unexpected link to missing prompt file \`${link.url}\`${near ? `, expected \`${near}\`` : ''}`,
        {place: link.position}
      )
    }
  }
)

export default rule

/** A prompt in the target's folder with the same number and kind. */
function nearest(file: VFile, target: string): string | undefined {
  const wanted = parsePromptName(path.basename(target))
  if (!wanted) return undefined
  return listFolder(file, path.dirname(target))?.find((name) => {
    const found = parsePromptName(name)
    return found?.number === wanted.number && found.kind === wanted.kind
  })
}
