/**
 * ## prompt-links
 *
 * Checks that every relative link in a prompt file to a markdown file points at
 * one that exists. This is the one rule that checks where links lead.
 *
 * Links in code are not links. A link to the name a misnamed prompt should have
 * is not reported (`file-name` reports the file; the link is right once the file
 * is renamed), nor a link to the preprompt of a suite that has none (`preprompt`
 * reports that). Where the target folder holds the prompt the link evidently
 * meant (same slug and kind, else same number and kind), the message names it;
 * a link to a missing preprompt (`../meta_prompt.md`) names the one the suite
 * works under (`../meta-prompt.md`).
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Point the link at the file the message names (`--fix` does), or remove it.
 *
 * @example
 *   {"name": "billing/prompt_01b_invoice_builder_green.md", "listing": {"billing": ["prompt_00_billing_preprompt.md", "prompt_01_invoice_builder_red.md", "prompt_01b_invoice_builder_green.md"]}}
 *
 *   ```markdown
 *   # Green: InvoiceBuilder
 *
 *   Read [the preprompt](prompt_00_billing_preprompt.md) and [the red prompt](./prompt_01_invoice_builder_red.md#context).
 *   ```
 *
 * @example
 *   {"name": "billing/prompt_02b_refunds_green.md", "listing": {"billing": ["prompt_00_billing_preprompt.md", "prompt_03_refunds_red.md", "prompt_02b_refunds_green.md"]}}
 *
 *   ```markdown
 *   # Green: Refunds
 *
 *   Make [the red prompt](prompt_02_refunds_red.md) pass; see [the preprompt](prompt_00_biling_preprompt.md).
 *   ```
 *
 *   ```text
 *   3:23-3:47: Unexpected link to missing `prompt_02_refunds_red.md`, expected `prompt_03_refunds_red.md`
 *   3:75-3:104: Unexpected link to missing `prompt_00_biling_preprompt.md`, expected `prompt_00_billing_preprompt.md`
 *   ```
 *
 * @example
 *   {"name": "services/billing/prompt_01_invoice_red.md", "files": {"services/meta-prompt.md": "# Meta-Prompt\n", "services/billing/prompt_01b_invoice_green.md": "# Green\n"}}
 *
 *   ```markdown
 *   # Red: Invoice unit test
 *
 *   Read [the context](../meta_prompt.md) first.
 *   ```
 *
 *   ```text
 *   3:20-3:37: Unexpected link to missing `../meta_prompt.md`, expected `../meta-prompt.md`
 *   ```
 */
import path from 'node:path'
import type {Position} from 'unist'
import {links} from '../src/suite/markdown.js'
import {
  canonicalName,
  isMarkdownName,
  parsePromptName,
  type PromptName
} from '../src/suite/names.js'
import type {Folder, SuiteModel} from '../src/suite/model.js'
import {shown} from '../src/suite/subject.js'
import {meantBy} from '../src/suite/missing.js'
import {isPrepromptName} from '../src/suite/roles.js'
import {defineRule, noOptions} from '../src/engine/rule.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'prompt-links',
    description:
      'Checks that every relative link in a prompt file to a markdown file points at one that exists.',
    ...noOptions
  },
  function (tree, file, _options, model) {
    if (!file.path) return
    const own = path.resolve(file.cwd, file.path)
    if (!model.prompt(own)) return
    const dir = path.dirname(own)
    for (const link of links(tree, dir)) {
      const target = link.target
      if (!target || !isMarkdownName(target) || target === own || model.exists(target)) continue
      const folder = model.folder(path.dirname(target))
      const wanted = parsePromptName(path.basename(target))
      if (wanted && accountedFor(folder, wanted, model)) continue
      const meant = wanted && meantBy(folder, wanted)
      const written = shown(dir, target)
      // A missing preprompt (`../meta_prompt.md`) evidently means the one the suite works under.
      const context = isPrepromptName(path.basename(target)) ? model.preprompt(dir) : undefined
      const replacement = meant
        ? shown(dir, path.join(folder.dir, meant.name))
        : context && shown(dir, context.file)
      const url = urlPlace(String(file.value ?? ''), link.position, link.url)
      const message = file.message(
        replacement
          ? `Unexpected link to missing \`${written}\`, expected \`${replacement}\``
          : `Unexpected link to missing \`${written}\``,
        {place: url ?? link.position}
      )
      // The quick fix: the destination (its path part) as the prompt it evidently meant.
      if (url && replacement) message.expected = [replacement + link.url.replace(/^[^?#]*/, '')]
    }
  }
)

export default rule

/** Where a link's destination stands in the source, when it is written there as is. */
function urlPlace(
  source: string,
  position: Position | undefined,
  url: string
): Position | undefined {
  const start = position?.start
  const end = position?.end
  if (start?.offset === undefined || end?.offset === undefined || !url) return undefined
  const segment = source.slice(start.offset, end.offset)
  const at = segment.lastIndexOf(url)
  if (at === -1) return undefined
  const before = segment.slice(0, at)
  const lines = before.split(/\r\n|\r|\n/)
  const line = start.line + lines.length - 1
  const column = (lines.length === 1 ? start.column : 1) + (lines.at(-1)?.length ?? 0)
  return {
    start: {line, column, offset: start.offset + at},
    end: {line, column: column + url.length, offset: start.offset + at + url.length}
  }
}

/** A missing name another rule reports: a misnamed prompt's expected name, or the preprompt of a suite with none. */
function accountedFor(folder: Folder, wanted: PromptName, model: SuiteModel): boolean {
  const hasPreprompt = model.preprompt(folder.dir) !== undefined
  if (wanted.kind === 'preprompt' && !hasPreprompt && folder.prompts.length > 0) return true
  // The name `file-name` expects of a misnamed prompt, in the suite's own scheme.
  const scheme = model.names(folder.dir).scheme
  return folder.prompts.some((each) => canonicalName(each, folder.prefix, scheme) === wanted.name)
}

export {meantBy}
