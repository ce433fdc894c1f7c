/**
 * ## requirement-reference
 *
 * Checks that every requirement ID a prompt cites (`L1-2.2`) is defined by a
 * requirement document of the repository.
 *
 * A requirement document is a markdown file whose name contains one of the
 * `documents` words (default `requirement`: `l1_requirements.md`). It defines
 * IDs in table rows whose first cell is an ID — `1.1` or `**1.1**`, which takes
 * the level its title or file name carries (`# L1 Requirements`,
 * `l1_requirements.md`) — or an explicit `L2-3.1` (also at the start of a list
 * item). With no requirement document in the repository, nothing is checked;
 * nor is a citation of a level no document defines (its document lives
 * elsewhere, and one missing document is not a finding per citation).
 *
 * ### Why
 *
 * A citation of a requirement that does not exist (a typo, a renumbered
 * requirement) breaks the traceability the citation is there for.
 *
 * ### Options
 *
 * - `documents` (`string[]`, default `["requirement"]`): words a requirement
 *   document's file name contains (case-insensitive). Give the same words to
 *   `requirement-coverage`.
 *
 * ### Fix
 *
 * Cite the requirement's current ID, or add the requirement to its document.
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
 *   ```
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
 *   * **(L1-9.9) Retries:** a failed call is retried once.
 *   ```
 *
 *   ```text
 *   6:6-6:12: Unexpected requirement `L1-9.9`, expected an ID that a requirement document defines
 *   ```
 */
import path from 'node:path'
import {related} from '../src/engine/report.js'
import {defineRule} from '../src/engine/rule.js'
import {levelOf, requirementOptions, type RequirementOptions} from '../src/suite/requirements.js'
import {subjectOf} from '../src/suite/subject.js'

export type Options = RequirementOptions

const rule = defineRule<Options>(
  {
    id: 'requirement-reference',
    description:
      'Checks that every requirement ID a prompt cites is defined by a requirement document of the repository.',
    ...requirementOptions
  },
  function (_tree, file, options, model) {
    const subject = subjectOf(file, model)
    if (!subject || subject.facts.requirements.length === 0) return
    const requirements = model.requirements(model.root(subject.folder.dir), options.documents)
    if (requirements.documents.length === 0) return
    for (const citation of subject.facts.requirements) {
      const level = levelOf(citation.value)
      if (requirements.byId.has(citation.value) || !requirements.levels.has(level)) continue
      const document = requirements.definitions.find((each) => levelOf(each.id) === level)?.document
      file.message(
        `Unexpected requirement \`${citation.value}\`, expected an ID that a requirement document defines`,
        {
          place: {
            start: {line: citation.line, column: citation.column},
            end: {line: citation.endLine, column: citation.endColumn}
          },
          cause: document
            ? related(path.dirname(document), path.basename(document), `The ${level} requirements`)
            : undefined
        }
      )
    }
  }
)

export default rule
