/**
 * ## preprompt-reference
 *
 * Checks that a prompt links its suite's preprompt, where the house style does:
 * when at least 80% of the prompts of its kind in the repository (and at least
 * 5) link a preprompt.
 *
 * Real suites mostly do not link the preprompt (their plan names it), and then
 * nothing is expected. Whether the link leads anywhere is `prompt-links`' job.
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
 */
import {subjectOf, shown} from '../src/suite/subject.js'
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
    if (!model.judged(prompt, facts)) return
    const preprompt = model.preprompt(folder.dir)
    if (!preprompt) return
    const expected = model.expects(folder.dir, prompt.kind, 'link:preprompt')
    if (!expected || model.parts(folder, prompt, facts).has('link:preprompt')) return
    file.message(
      `Expected a link to the preprompt \`${shown(folder.dir, preprompt.file)}\`, ${evidence(expected, prompt.kind)}`,
      {place: facts.title ? {line: facts.title.line, column: facts.title.column} : start}
    )
  }
)

export default rule
