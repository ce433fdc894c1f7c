/**
 * ## preprompt-reference
 *
 * Checks that a prompt links its suite's preprompt, where the house style does:
 * when at least 80% of the prompts of its kind in its scope (and at least
 * 5) link a preprompt.
 *
 * Real suites mostly do not link the preprompt (their plan names it), and then
 * nothing is expected. Whether a link leads anywhere is `prompt-links`' job.
 *
 * The preprompt is the one the suite model resolves: the folder's own
 * `prompt_00_<package>_preprompt.md`, else a file named for the role
 * (`meta-prompt.md`, `Master_Prompt.md`, `context.md`, `preprompt.md`) in the
 * folder or the nearest folder above it, else the file most of the suite's
 * prompts link. A preprompt named in the text (backticks or plain text, not a
 * link) that exists nowhere in the repository is reported, with the real one.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Link the preprompt, as the other prompts do.
 *
 * @example
 *   {"name": "billing/prompt_01_invoice_builder_red.md"}
 *
 *   ```markdown
 *   # Red: InvoiceBuilder unit test
 *   ```
 *
 * @example
 *   {"name": "billing/prompt_04_refunds_red.md", "files": {"billing/prompt_00_billing_preprompt.md": "# Billing\n", "billing/prompt_01_a_red.md": "[p](prompt_00_billing_preprompt.md)\n", "billing/prompt_02_b_red.md": "[p](prompt_00_billing_preprompt.md)\n", "billing/prompt_03_c_red.md": "[p](prompt_00_billing_preprompt.md)\n", "billing/prompt_05_d_red.md": "[p](prompt_00_billing_preprompt.md)\n", "billing/prompt_06_e_red.md": "[p](prompt_00_billing_preprompt.md)\n"}}
 *
 *   ```markdown
 *   # Red: Refunds unit test
 *   ```
 *
 *   ```text
 *   1:1: Expected a link to the preprompt `prompt_00_billing_preprompt.md`, as 5 of 6 red prompts here have
 *   ```
 *
 * @example
 *   {"name": "services/billing/prompt_01_invoice_red.md", "files": {"services/meta-prompt.md": "# Meta-Prompt\n", "services/billing/prompt_01b_invoice_green.md": "# Green\n"}}
 *
 *   ```markdown
 *   # Red: Invoice unit test
 *
 *   Work under the context of `meta-prompt.md`.
 *   ```
 *
 * @example
 *   {"name": "services/billing/prompt_01_invoice_red.md", "files": {"services/meta-prompt.md": "# Meta-Prompt\n", "services/billing/prompt_01b_invoice_green.md": "# Green\n"}}
 *
 *   ```markdown
 *   # Red: Invoice unit test
 *
 *   Work under the context of meta\_prompt.md.
 *   ```
 *
 *   ```text
 *   3:27-3:42: Unexpected reference to missing preprompt `meta_prompt.md`, expected `../meta-prompt.md`
 *   ```
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import {subjectOf, shown, type Subject} from '../src/suite/subject.js'
import {isPrepromptName} from '../src/suite/roles.js'
import type {Resolved} from '../src/suite/model.js'
import {start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import {evidence} from '../src/suite/evidence.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'preprompt-reference',
    description: "Checks that a prompt links its suite's preprompt, where the house style does.",
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject || subject.prompt.kind === 'preprompt') return
    const {prompt, facts, folder} = subject
    const preprompt = model.preprompt(folder.dir)
    if (!preprompt) return
    missingNames(file, subject, preprompt)
    if (!model.judged(prompt, facts)) return
    const expected = model.expects(folder.dir, prompt.kind, 'link:preprompt')
    if (!expected || model.parts(folder, prompt, facts).has('link:preprompt')) return
    file.message(
      `Expected a link to the preprompt \`${shown(folder.dir, preprompt.file)}\`, ${evidence(expected, prompt.kind)}`,
      {place: facts.title ? {line: facts.title.line, column: facts.title.column} : start}
    )
  }
)

export default rule

/** Preprompts the text names (not links: `prompt-links` checks those) that exist nowhere in the repository. */
function missingNames(
  file: VFile,
  {facts, folder, model, path: own}: Subject,
  preprompt: Resolved
): void {
  // The repository's files of the name, looked up only for a name that is not where the text says.
  const knownAnywhere = (name: string) =>
    model.markdownNamed(model.root(folder.dir), name).some((each) => path.basename(each) === name)
  for (const name of facts.promptNames) {
    if (name.external || !isPrepromptName(name.value)) continue
    const inLink = facts.links.some(
      (link) =>
        link.line === name.line && link.column <= name.column && name.column < link.endColumn
    )
    if (inLink) continue
    const target = path.resolve(folder.dir, name.folder, name.value)
    if (model.exists(target) || (!name.folder && knownAnywhere(name.value))) continue
    if (target === own) continue
    file.message(
      `Unexpected reference to missing preprompt \`${name.folder + name.value}\`, expected \`${shown(folder.dir, preprompt.file)}\``,
      {
        place: {
          start: {line: name.line, column: name.column},
          end: {line: name.endLine, column: name.endColumn}
        }
      }
    )
  }
}
