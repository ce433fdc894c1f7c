/**
 * ## requirement-reference
 *
 * Checks that every requirement ID a prompt cites is defined by a requirement
 * document of its package, and that a package defines each ID once.
 *
 * A requirement document is a markdown file whose name contains one of the
 * `documents` words (default `requirement`: `l1_requirements.md`). It defines
 * IDs in table rows whose first cell is an ID (or the second, after a row
 * number), in headings
 * (`### L3-1.1 Configuration`) and in lines, bold or plain, that start with
 * one (`**FR-3.2** The system shall…`, `* REQ-012: …`); the requirement is the
 * text of the row, or the text under the heading or line. A bare `1.1` in a
 * table takes the level its title or file name carries (`# L1 Requirements`,
 * `l1_requirements.md`): `L1-1.1`.
 *
 * The ID scheme is learned from the documents: each prefix (`L1`, `FR`,
 * `REQ`, `NFR`) with its separator. Only a word that starts with a learned
 * prefix is a citation — version numbers, dates and section numbers in prose
 * are not — and a citation of a prefix no document defines (`L2-1.4` when only
 * `L1` requirements are in scope) is not judged: its document lives
 * elsewhere. A citation of a section (`L3-2` when `L3-2.1` is defined) is
 * fine. A citation written in another form (`L2.1` where the documents write
 * `L2-1.1`, `REQ-12` for `REQ-012`) is reported with the ID it means.
 *
 * IDs resolve within the requirement documents of the prompt's package: its
 * folder, or the nearest folder above it that has them, up to the repository
 * (whose documents serve every package); a package with none at or above it
 * cites the repository's requirements when they are one package's. Two
 * packages that each define `L1-1.1` in their own `l1_requirements.md` are
 * independent; the same ID defined twice in one package is reported on its
 * second definition (a row that only restates an ID, in a summary or a
 * traceability table, is no definition).
 *
 * ### Why
 *
 * A citation of a requirement that does not exist (a typo, a renumbered
 * requirement, another form of the ID) breaks the traceability the citation
 * is there for; two definitions of one ID make every citation of it
 * ambiguous.
 *
 * ### Options
 *
 * - `documents` (`string[]`, default `["requirement"]`): words a requirement
 *   document's file name contains (case-insensitive). Give the same words to
 *   `requirement-coverage`.
 *
 * ### Fix
 *
 * Cite the requirement's current ID, in the form its document writes, or add
 * the requirement to its document; renumber a duplicate.
 *
 * @example
 *   {"name": "orchestration/prompt_05_director_client_red.md", "files": {"orchestration/l1_requirements.md": "# L1 Requirements\n\n| ID | Requirement |\n|---|---|\n| 3.2 | The system shall call the director with an ID token. |\n"}}
 *
 *   ```markdown
 *   # **Prompt 05: Integration Test for RemoteDirectorClient**
 *
 *   **Key Requirements to Fulfill:**
 *
 *   * **(L1-3.2) ID token on every call:** every request carries the token.
 *   * **(L2-1.4) Retries:** a level no document here defines is not judged.
 *   * Go 1.22, version 2.3.1 and 2026-01-12 are no citations.
 *   ```
 *
 * @example
 *   {"name": "orchestration/prompt_05_director_client_red.md", "files": {"orchestration/l1_requirements.md": "# L1 Requirements\n\n| ID | Requirement |\n|---|---|\n| 3.2 | The system shall call the director with an ID token. |\n| 3.3 | The system shall stop at the first failure. |\n"}}
 *
 *   ```markdown
 *   # **Prompt 05: Integration Test for RemoteDirectorClient**
 *
 *   **Key Requirements to Fulfill:**
 *
 *   * **(L1-3.2) ID token on every call:** every request carries the token.
 *   * **(L1-9.9) Retries:** a failed call is retried once.
 *   * **(L1-3.7) Backoff:** the retry waits a second.
 *   * **(L1-3.30) Timeout:** a call gives up after ten seconds.
 *   ```
 *
 *   ```text
 *   6:6-6:12: Unexpected requirement `L1-9.9`, expected an ID that a requirement document defines
 *   7:6-7:12: Unexpected requirement `L1-3.7`, expected an ID that a requirement document defines (`L1-3` holds `L1-3.2` to `L1-3.3`)
 *   8:6-8:13: Unexpected requirement `L1-3.30`, expected an ID that a requirement document defines (`L1-3` holds `L1-3.2` to `L1-3.3`)
 *   ```
 *
 * @example
 *   {"name": "exporter/prompt_02_report_red.md", "files": {"exporter/requirements.md": "# Exporter Requirements\n\n### FR-3.1 Format\n\nThe exporter shall write CSV.\n\n### FR-3.2 Totals\n\nThe exporter must end the report with the totals.\n\n**NFR-1** Speed\n\nAn export should take a second.\n"}}
 *
 *   ```markdown
 *   # **Prompt 02: Unit Tests for ReportWriter**
 *
 *   **Key Requirements to Fulfill:**
 *
 *   * **(FR-3) Reports:** the section as a whole.
 *   * **(FR-3.2) Totals:** the last line holds the totals.
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_03_grants_red.md", "files": {"ledger/l2_requirements.md": "# L2 Requirements\n\n| ID | Requirement |\n|---|---|\n| 1.1 | The ledger shall record every grant once. |\n| 1.2 | The ledger must refuse a negative grant. |\n"}}
 *
 *   ```markdown
 *   # **Prompt 03: Unit Tests for QuotaLedger**
 *
 *   **Key Requirements to Fulfill:**
 *
 *   * **(L2.1) Grants:** idempotent grants.
 *   ```
 *
 *   ```text
 *   5:6-5:10: Unexpected requirement `L2.1`, expected an ID that a requirement document defines (did you mean `L2-1`?)
 *   ```
 *
 * @example
 *   {"name": "ledger/l2_requirements.md", "files": {"ledger/prompt_03_grants_red.md": "# **Prompt 03: Unit Tests for QuotaLedger**\n\n* **(L2-1.1) Grants:** idempotent grants.\n"}}
 *
 *   ```markdown
 *   # L2 Requirements
 *
 *   ### L2-1.1 Grants
 *
 *   The ledger shall record every grant once.
 *
 *   ### L2-1.1 Refusals
 *
 *   The ledger must refuse a negative grant.
 *   ```
 *
 *   ```text
 *   7:1-7:20: Unexpected second definition of requirement `L2-1.1`, expected each ID defined once in its package (first in line 3)
 *   ```
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import {related} from '../src/engine/report.js'
import {defineRule} from '../src/engine/rule.js'
import {isMarkdownName, parsePromptName} from '../src/suite/names.js'
import {
  isRequirementName,
  requirementOptions,
  scopeOfDocument,
  unresolvedIn,
  type RequirementOptions
} from '../src/suite/requirements.js'
import type {SuiteModel} from '../src/suite/model.js'
import {filePath, shown, subjectOf} from '../src/suite/subject.js'

export type Options = RequirementOptions

const rule = defineRule<Options>(
  {
    id: 'requirement-reference',
    description:
      'Checks that every requirement ID a prompt cites is defined by a requirement document of its package, and that each ID is defined once.',
    ...requirementOptions
  },
  function (_tree, file, options, model) {
    const subject = subjectOf(file, model)
    if (!subject) {
      duplicates(file, options, model)
      return
    }
    if (subject.facts.requirements.length === 0) return
    const requirements = model.requirements(model.root(subject.folder.dir), options.documents)
    const chain = requirements.resolving(subject.folder.dir)
    for (const citation of unresolvedIn(chain, subject.path, subject.facts.requirements)) {
      const {document, suggestion, malformed, form, section} = citation
      const hint = suggestion
        ? ` (did you mean \`${suggestion}\`?)`
        : malformed && form
          ? `, written like \`${form}\``
          : section
            ? ` (\`${section.id}\` holds \`${section.first}\` to \`${section.last}\`)`
            : ''
      file.message(
        `Unexpected requirement \`${citation.id}\`, expected an ID that a requirement document defines${hint}`,
        {
          place: {
            start: {line: citation.line, column: citation.column},
            end: {line: citation.endLine, column: citation.endColumn}
          },
          cause: document
            ? related(
                path.dirname(document),
                path.basename(document),
                `Where \`${form ?? ''}\` is defined`
              )
            : undefined
        }
      )
    }
  }
)

/** A requirement document: each ID it defines that its scope defined before is reported. */
function duplicates(file: VFile, options: Options, model: SuiteModel): void {
  const own = filePath(file)
  if (!own || !isMarkdownName(own)) return
  const name = path.basename(own)
  if (parsePromptName(name) || !isRequirementName(name, options.documents)) return
  model.own(file)
  const requirements = model.requirements(model.root(path.dirname(own)), options.documents)
  const scope = scopeOfDocument(requirements, own)
  for (const {definition, first} of scope?.duplicates ?? []) {
    if (definition.document !== own) continue
    const where =
      first.document === own ? `line ${first.line}` : shown(path.dirname(own), first.document)
    file.message(
      `Unexpected second definition of requirement \`${definition.id}\`, expected each ID defined once in its package (first in ${where})`,
      {
        place: {
          start: {line: definition.line, column: definition.column},
          end: {line: definition.endLine, column: definition.endColumn}
        },
        cause: related(
          path.dirname(first.document),
          path.basename(first.document),
          `The first definition of \`${first.id}\``,
          {line: first.line, column: first.column}
        )
      }
    )
  }
}

export default rule
