/**
 * ## stale-reference
 *
 * Checks that the markdown file names written in a prompt, a preprompt or a
 * plan — in code spans, bold, plain text, with `\_` escapes, in headings — name
 * files that exist, and that a heading naming a file above a prompt's title
 * names that prompt.
 *
 * A name is found where it is written (relative to the file) or, by its name
 * alone, anywhere in the repository. A missing prompt file name is reported,
 * with the prompt it was evidently renamed to (same slug and kind, else same
 * number and kind, else the closest name), looked for in the suite that writes
 * the name first: a sibling package's prompt is expected only when its name
 * shares a word with the one written and the nearest suite's does not, never a
 * closer-spelled name of an unrelated package. A missing name of another markdown
 * file (`codestyle.md`) is reported only on strong evidence: a close existing
 * name shows a rename, or a prompt lists it under Dependencies as a file to
 * provide and no prompt of the suite generates it. Prompts legitimately ask
 * for files that do not exist yet (`docs/design.md`, the generated package's
 * `README.md`) and mention files of other projects; names in fenced code and
 * urls are no references; a prompt named beyond the last step of its suite is
 * a step still to write.
 *
 * A heading that is only a file name (`### **prompt\_03\_envelope.md**`, a
 * Google Docs export's label) naming another prompt than the file it sits in is
 * reported on that line.
 *
 * One cause, one finding: links in prompts are `prompt-links`'; the prompt
 * names and listed files of a plan are `plan-entries`'; a preprompt named in a
 * prompt is `preprompt-reference`'s; a name whose absence
 * another rule reports (a misnamed prompt's expected name, a missing partner,
 * a missing preprompt) is left to that rule; a green that names another pair's
 * red prompt is `red-reference`'s.
 *
 * ### Why
 *
 * Every rename leaves the names written in prose behind: a model told to read
 * a file that is gone reads nothing, or the wrong file.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Write the name the message expects (`--fix` does when exactly one file fits),
 * or remove the reference.
 *
 * @example
 *   {"name": "api/prompt_02b_envelope_green.md", "listing": {"api": ["prompt_00_api_preprompt.md", "prompt_01_codec_red.md", "prompt_01b_codec_green.md", "prompt_02_envelope_red.md", "prompt_02b_envelope_green.md", "codestyle.md"]}}
 *
 *   ````markdown
 *   ### **prompt\_02b\_envelope\_green.md**
 *
 *   # **Prompt 02: Implementation for Envelope**
 *
 *   Follow `codestyle.md` and **prompt\_00\_api\_preprompt.md**; the test comes from prompt\_02\_envelope\_red.md.
 *   Write the package's `README.md` and `docs/design.md`; see https://example.com/spec/envelope.md.
 *   The next step, prompt\_03\_router\_red.md, builds on it.
 *
 *   **Dependencies (Full source code to be provided):**
 *
 *   1.  `api/envelope_test.go`
 *   2.  `prompt_01b_codec_green.md` (the codec it builds on)
 *
 *   ```text
 *   notes.md and prompt_09_old_red.md in code are not references
 *   ```
 *   ````
 *
 * @example
 *   {"name": "api/prompt_02b_envelope_green.md", "listing": {"api": ["prompt_00_api_preprompt.md", "prompt_01_codec_red.md", "prompt_01b_codec_green.md", "prompt_02_envelope_model_red.md", "prompt_02b_envelope_green.md", "code_style.md"]}}
 *
 *   ```markdown
 *   ### **prompt\_02\_envelope\_red.md**
 *
 *   # **Prompt 02: Implementation for Envelope**
 *
 *   Follow `codestyle.md`; the test comes from prompt\_02\_envelope\_red.md.
 *
 *   **Dependencies (Full source code to be provided):**
 *
 *   1.  `api/envelope_test.go`
 *   2.  **prompt_01b_codec_impl_green.md**
 *   3.  `glossary.md` (the terms)
 *   ```
 *
 *   ```text
 *   1:7-1:35: Unexpected file name `prompt_02_envelope_red.md` above the title, expected `prompt_02b_envelope_green.md`, the name of this file
 *   5:9-5:21: Unexpected reference to missing `codestyle.md`, expected `code_style.md`
 *   5:44-5:72: Unexpected reference to missing `prompt_02_envelope_red.md`, expected `prompt_02_envelope_model_red.md`
 *   10:7-10:37: Unexpected reference to missing `prompt_01b_codec_impl_green.md`, expected `prompt_01b_codec_green.md`
 *   11:6-11:17: Unexpected reference to missing `glossary.md`
 *   ```
 */
import path from 'node:path'
import {related} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import type {FileMention} from '../src/suite/facts.js'
import {canonicalName, isMarkdownName, parsePromptName} from '../src/suite/names.js'
import {generated, staleReference} from '../src/suite/references.js'
import {isRoleName} from '../src/suite/roles.js'
import {filePath, planOf, shown} from '../src/suite/subject.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'stale-reference',
    description:
      'Checks that the markdown file names written in a prompt, a preprompt or a plan name files that exist.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const own = filePath(file)
    if (!own || !isMarkdownName(own)) return
    const prompt = model.prompt(own)
    const plan = planOf(file, model)
    if (!prompt && !plan) return
    const facts = model.own(file)
    const dir = path.dirname(own)
    for (const mention of facts.fileNames) {
      if (mention.external) continue
      const shaped = parsePromptName(mention.value)
      if (mention.where === 'label') {
        const folder = model.folderOf(own)
        // The name the house scheme gives this file: a file misnamed is `file-name`'s finding.
        const expected =
          prompt && canonicalName(prompt, folder.prefix, model.names(folder.dir).scheme)
        if (!prompt || !shaped || mention.value === prompt.name || mention.value === expected)
          continue
        const message = file.message(
          `Unexpected file name \`${mention.value}\` above the title, expected \`${prompt.name}\`, the name of this file`,
          {place: span(mention)}
        )
        message.expected = [escaped(mention) ? prompt.name.replace(/_/g, '\\_') : prompt.name]
        continue
      }
      // Links in prompts are `prompt-links`'; what a plan lists is `plan-entries`'.
      if (prompt && mention.where === 'link') continue
      if (plan && (shaped || mention.listed)) continue
      // A preprompt named in a prompt is `preprompt-reference`'s (did-you-mean the one in force).
      if (prompt && (shaped?.kind === 'preprompt' || isRoleName(mention.value))) continue
      const strong =
        !shaped &&
        prompt !== undefined &&
        mention.listed &&
        mention.section.startsWith('dependencies') &&
        !generated(model, dir, mention.value)
      const stale = staleReference(model, dir, mention, strong)
      if (!stale) continue
      const expected =
        stale.meant &&
        (stale.replacement && !mention.folder
          ? path.basename(stale.meant)
          : shown(dir, stale.meant))
      const message = file.message(
        expected
          ? `Unexpected reference to missing \`${stale.written}\`, expected \`${expected}\``
          : `Unexpected reference to missing \`${stale.written}\``,
        {
          place: span(mention),
          cause: stale.meant
            ? related(dir, stale.meant, 'The file this name evidently means')
            : undefined
        }
      )
      if (stale.replacement) message.expected = [stale.replacement]
    }
  }
)

export default rule

function span(mention: FileMention) {
  return {
    start: {line: mention.line, column: mention.column},
    end: {line: mention.endLine, column: mention.endColumn}
  }
}

/** Whether the name is written with `\_` escapes. */
function escaped(mention: FileMention): boolean {
  return mention.endColumn - mention.column > mention.value.length
}
