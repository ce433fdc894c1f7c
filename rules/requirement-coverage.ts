/**
 * ## requirement-coverage
 *
 * Checks that every requirement whose text says **shall** or **must** is cited
 * by at least one prompt of its package.
 *
 * Runs on requirement documents (markdown files whose name contains one of the
 * `documents` words, default `requirement`; see `requirement-reference` for
 * what defines an ID: table rows, headings, lines that start with an ID) in a
 * repository that holds prompts. A binding requirement — a row, or the text
 * under a heading or line, that says `shall` or `must` — that no prompt of its
 * package cites (the prompts of the document's folder and the folders below
 * it, or of the whole repository for documents kept apart from the prompts) is
 * reported on its row, heading or line, when the prompts trace the document: at
 * least half of its binding requirements are cited (a document they barely cite
 * serves other work, and `trace` lists its uncited rows as `not traced`); a citation of its section (`L1-2`)
 * covers it, and so does a citation written in another form that can only mean
 * it (`L1.1.2` for `L1-1.2`: `requirement-reference` reports that one). A
 * `should` or `may` requirement is not traced. A warning by
 * default: a requirement may be covered by work outside the prompts.
 * `tdd-prompt-lint trace` prints the whole matrix, and agrees with this rule.
 *
 * ### Why
 *
 * A TDD plan asks that every binding requirement be pinned down by a test some
 * prompt asks for; an uncited one is a requirement nothing checks.
 *
 * ### Options
 *
 * - `documents` (`string[]`, default `["requirement"]`): words a requirement
 *   document's file name contains (case-insensitive). Give the same words to
 *   `requirement-reference`.
 *
 * ### Fix
 *
 * Cite the requirement (`(L1-2.4)`) in the Key Requirements of the prompt that
 * covers it, or write the prompt that does.
 *
 * @example
 *   {"name": "orchestration/l1_requirements.md", "files": {"orchestration/prompt_01_config_generator_red.md": "# **Prompt 01: Unit Tests for ConfigGenerator**\n\n* **(L1-1.1) Names:** every name derives from the run ID.\n"}}
 *
 *   ```markdown
 *   # L1 Requirements: Orchestration Package
 *
 *   | ID | Requirement |
 *   |---|---|
 *   | 1.1 | The system shall derive every resource name from the run ID. |
 *   | 1.2 | The system should let the operator lower the batch size. |
 *   ```
 *
 * @example
 *   {"name": "orchestration/l1_requirements.md", "files": {"orchestration/prompt_01_config_generator_red.md": "# **Prompt 01: Unit Tests for ConfigGenerator**\n\n* **(L1-1.1) Names:** every name derives from the run ID.\n"}}
 *
 *   ```markdown
 *   # L1 Requirements: Orchestration Package
 *
 *   | ID | Requirement |
 *   |---|---|
 *   | 1.1 | The system shall derive every resource name from the run ID. |
 *   | **1.2** | The system must delete what a failed run created. |
 *   ```
 *
 *   ```text
 *   6:1-6:64: Expected a prompt to cite `L1-1.2`, a requirement that says `must`
 *   ```
 *
 * @example
 *   {"name": "orchestration/l1_requirements.md", "files": {"orchestration/prompt_01_config_generator_red.md": "# **Prompt 01: Unit Tests for ConfigGenerator**\n\n* **(L1-1.1) Names:** every name derives from the run ID.\n* **(L1.1.2) Cleanup:** what a failed run created is deleted.\n"}}
 *
 *   ```markdown
 *   # L1 Requirements: Orchestration Package
 *
 *   | ID | Requirement |
 *   |---|---|
 *   | 1.1 | The system shall derive every resource name from the run ID. |
 *   | 1.2 | The system must delete what a failed run created. |
 *   ```
 *
 * @example
 *   {"name": "docs/l2_requirements.md", "files": {"orchestration/prompt_01_config_generator_red.md": "# **Prompt 01: Unit Tests for ConfigGenerator**\n\n* **(L2-1.1) Names:** every name derives from the run ID.\n"}}
 *
 *   ```markdown
 *   # L2 Requirements: Components
 *
 *   | ID | Requirement |
 *   |---|---|
 *   | 1.1 | The generator shall derive every name from the run ID. |
 *   | 1.2 | The validator shall report every problem at once. |
 *   | 1.3 | The deployer must create the topic first. |
 *   ```
 *
 * @example
 *   {"name": "exporter/requirements.md", "files": {"exporter/prompt_02_report_red.md": "# **Prompt 02: Unit Tests for ReportWriter**\n\n* **(FR-3.1) CSV:** the report is CSV.\n", "billing/requirements.md": "### FR-3.2 Totals\n\nThe invoice must show its totals.\n", "billing/prompt_01_invoice_red.md": "# **Prompt 01: Unit Tests for Invoice**\n\n* **(FR-3.2) Totals:** the last line.\n"}}
 *
 *   ```markdown
 *   # Exporter Requirements
 *
 *   ### FR-3.1 Format
 *
 *   The exporter shall write CSV.
 *
 *   ### FR-3.2 Totals
 *
 *   The exporter must end the report with the totals.
 *   ```
 *
 *   ```text
 *   7:1-7:18: Expected a prompt to cite `FR-3.2`, a requirement that says `must`
 *   ```
 */
import path from 'node:path'
import {defineRule} from '../src/engine/rule.js'
import {isMarkdownName, parsePromptName} from '../src/suite/names.js'
import {
  isCited,
  isRequirementName,
  isTraced,
  requirementOptions,
  scopeOfDocument,
  type RequirementOptions
} from '../src/suite/requirements.js'
import {filePath} from '../src/suite/subject.js'

export type Options = RequirementOptions

const rule = defineRule<Options>(
  {
    id: 'requirement-coverage',
    description:
      'Checks that every requirement whose text says shall or must is cited by at least one prompt of its package.',
    ...requirementOptions
  },
  function (_tree, file, options, model) {
    const own = filePath(file)
    if (!own || !isMarkdownName(own)) return
    const name = path.basename(own)
    if (parsePromptName(name) || !isRequirementName(name, options.documents)) return
    model.own(file)
    const root = model.root(path.dirname(own))
    if (!model.hasPrompts(root)) return
    const scope = scopeOfDocument(model.requirements(root, options.documents), own)
    if (!scope || !isTraced(scope, own)) return
    for (const definition of scope.definitions) {
      if (definition.document !== own || !definition.binding) continue
      // A second definition of an ID is `requirement-reference`'s finding.
      if (scope.byId.get(definition.id) !== definition) continue
      // A citation of it in another form (`L1.1.2`) is `requirement-reference`'s one finding.
      if (isCited(scope, definition.id)) continue
      file.message(
        `Expected a prompt to cite \`${definition.id}\`, a requirement that says \`${definition.keyword!.toLowerCase()}\``,
        {
          place: {
            start: {line: definition.line, column: definition.column},
            end: {line: definition.endLine, column: definition.endColumn}
          }
        }
      )
    }
  }
)

export default rule
