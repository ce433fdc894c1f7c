/**
 * ## red-reference
 *
 * Checks that a green prompt refers to its own red prompt: it cites the test
 * file(s) its red generates (that is how real suites do it: the green lists them
 * under Dependencies), or links the red prompt; and that it does not cite another
 * pair's test file or red prompt instead of its own.
 *
 * The test files a red prompt generates are the ones it names, in code spans
 * or in plain text with `\_` escapes (`ledger/quotaledger_test.go`,
 * `x.test.ts`, `test_x.py`, `x_spec.rb`). Where the
 * red names none, a link to the red is expected only when the house style has one
 * (at least 80% of at least 5 green prompts in the repository refer to their red).
 *
 * A green that links or names (in prose, a code span, escaped) the red prompt of
 * another pair of its folder, and not its own red prompt, is a copy-paste slip,
 * reported on that line.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * List the red's test file under the green's Dependencies.
 *
 * @example
 *   {"name": "ledger/prompt_04b_quota_ledger_green.md", "files": {"ledger/prompt_04_quota_ledger_red.md": "# **Prompt 04: Integration Test for QuotaLedger**\n\nGenerate `ledger/quotaledger_integration_test.go`.\n"}}
 *
 *   ```markdown
 *   # **Prompt 04: Implementation for QuotaLedger**
 *
 *   **Dependencies (Full source code to be provided):**
 *
 *   1.  `ledger/quotaledger_integration_test.go` (the specification)
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_04b_quota_ledger_green.md", "files": {"ledger/prompt_04_quota_ledger_red.md": "# **Prompt 04: Integration Test for QuotaLedger**\n\nGenerate `ledger/quotaledger_integration_test.go`.\n", "ledger/prompt_05_grant_api_red.md": "# **Prompt 05: Unit Tests for GrantAPI**\n\nGenerate `ledger/grant_api_test.go`.\n"}}
 *
 *   ```markdown
 *   # **Prompt 04: Implementation for QuotaLedger**
 *
 *   **Dependencies (Full source code to be provided):**
 *
 *   1.  `ledger/grant_api_test.go` (the specification)
 *   ```
 *
 *   ```text
 *   5:5-5:31: Unexpected test file `ledger/grant_api_test.go` of `prompt_05_grant_api_red.md`, expected `ledger/quotaledger_integration_test.go` that this green prompt's red `prompt_04_quota_ledger_red.md` generates
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_04b_quota_ledger_green.md", "files": {"ledger/prompt_04_quota_ledger_red.md": "# **Prompt 04: Integration Test for QuotaLedger**\n\nGenerate `ledger/quotaledger_integration_test.go`.\n"}}
 *
 *   ```markdown
 *   # **Prompt 04: Implementation for QuotaLedger**
 *
 *   **Dependencies (Full source code to be provided):**
 *
 *   1.  `ledger/ledger.go`
 *   ```
 *
 *   ```text
 *   3:1-3:52: Expected the test file `ledger/quotaledger_integration_test.go` that its red prompt `prompt_04_quota_ledger_red.md` generates to be cited here
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_04b_quota_ledger_green.md", "files": {"ledger/prompt_04_quota_ledger_red.md": "# **Prompt 04: Integration Test for QuotaLedger**\n\nGenerate `ledger/quotaledger_integration_test.go`.\n", "ledger/prompt_05_grant_api_red.md": "# **Prompt 05: Unit Tests for GrantAPI**\n\nGenerate `ledger/grant_api_test.go`.\n"}}
 *
 *   ```markdown
 *   # **Prompt 04: Implementation for QuotaLedger**
 *
 *   Make the tests of [the red prompt](prompt_05_grant_api_red.md) pass.
 *   ```
 *
 *   ```text
 *   3:36-3:62: Unexpected red prompt `prompt_05_grant_api_red.md` of another pair, expected its own red prompt `prompt_04_quota_ledger_red.md`
 *   ```
 *
 * @example
 *   {"name": "billing/prompt_04b_exporter_green.md", "files": {"billing/prompt_04_exporter_red.md": "# **Prompt 04: Integration Test for Exporter**\n\nGenerate billing/exporter\\_test.go.\n", "billing/prompt_01_invoice_red.md": "# **Prompt 01: Unit Tests for Invoice**\n\nGenerate billing/invoice\\_test.go.\n"}}
 *
 *   ```markdown
 *   # **Prompt 04: Implementation for Exporter**
 *
 *   **Dependencies:**
 *
 *   1.  billing/invoice\_test.go (The Specification)
 *   ```
 *
 *   ```text
 *   5:5-5:29: Unexpected test file `billing/invoice_test.go` of `prompt_01_invoice_red.md`, expected `billing/exporter_test.go` that this green prompt's red `prompt_04_exporter_red.md` generates
 *   ```
 */
import path from 'node:path'
import type {Mention} from '../src/suite/facts.js'
import {subjectOf} from '../src/suite/subject.js'
import {related, start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import {evidence} from '../src/suite/evidence.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'red-reference',
    description:
      'Checks that a green prompt refers to its own red prompt (cites its test files or links it) and not to another pair’s test file or red prompt.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject || subject.prompt.kind !== 'green') return
    const {prompt, facts, folder} = subject
    if (!model.judged(prompt, facts)) return
    const red = model.partner(folder, prompt)
    if (!red) return
    const redFacts = model.facts(path.join(folder.dir, red.name))
    if (!model.judged(red, redFacts)) return
    // Another pair's red named or linked, and not its own: a copy-paste slip.
    const names = facts.fileNames.filter(
      (each) =>
        !each.external &&
        each.where !== 'label' &&
        path.resolve(folder.dir, each.folder) === folder.dir
    )
    const other = names.find((each) => {
      const named = folder.byName.get(each.value)
      return named?.kind === 'red' && named.name !== red.name
    })
    if (other && !names.some((each) => each.value === red.name)) {
      file.message(
        `Unexpected red prompt \`${other.value}\` of another pair, expected its own red prompt \`${red.name}\``,
        {place: span(other), cause: related(folder.dir, other.value, 'The other pair’s red prompt')}
      )
      return
    }
    if (model.refersToRed(folder, prompt, facts)) return
    const generated = redFacts.testFiles.map((each) => each.value)
    const cause = related(folder.dir, red.name, 'Its red prompt')
    if (generated.length === 0) {
      const expected = model.expects(folder.dir, 'green', 'refers:red')
      if (expected) {
        file.message(
          `Expected a link to its red prompt \`${red.name}\`, ${evidence(expected, 'green')}`,
          {
            place: start,
            cause
          }
        )
      }
      return
    }
    const list = generated.map((each) => `\`${each}\``).join(', ')
    const foreign = facts.testFiles
      .map((cited) => [cited, ownerOf(model, folder.dir, cited, red.name)] as const)
      .find(([, owner]) => owner !== undefined)
    if (foreign) {
      const [cited, owner] = foreign
      file.message(
        `Unexpected test file \`${cited.value}\` of \`${owner}\`, expected ${list} that this green prompt's red \`${red.name}\` generates`,
        {place: span(cited), cause}
      )
      return
    }
    const dependencies = facts.sections.find((section) => section.key === 'dependencies')
    file.message(
      `Expected the test file ${list} that its red prompt \`${red.name}\` generates to be cited here`,
      {place: dependencies ? span(dependencies) : start, cause}
    )
  }
)

export default rule

/** The other red prompt of the folder that generates a cited test file. */
function ownerOf(
  model: import('../src/suite/model.js').SuiteModel,
  dir: string,
  cited: Mention,
  own: string
): string | undefined {
  for (const other of model.folder(dir).prompts) {
    if (other.kind !== 'red' || other.name === own) continue
    const named = model.facts(path.join(dir, other.name))?.testFiles ?? []
    if (named.some((each) => each.value === cited.value)) return other.name
  }
  return undefined
}

function span(at: {line: number; column: number; endLine: number; endColumn: number}) {
  return {start: {line: at.line, column: at.column}, end: {line: at.endLine, column: at.endColumn}}
}
