/**
 * ## test-kind
 *
 * Checks that a red prompt says which kind of test it asks for (unit,
 * integration, pre-flight, end-to-end, contract, property), where the house style
 * does: when at least 80% of the red prompts in the repository (and at least 5)
 * say it in their title or first lines. It is reported on the title, or at the
 * top of a prompt with none; a red file holding a green prompt is left to
 * `phase`.
 *
 * ### Options
 *
 * None.
 *
 * ### Fix
 *
 * Say it in the title: `Prompt 04: Integration Test for QuotaLedger`.
 *
 * @example
 *   {"name": "ledger/prompt_04_quota_ledger_red.md"}
 *
 *   ```markdown
 *   # **Prompt 04: Integration Test for QuotaLedger**
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_06_audit_red.md", "files": {"ledger/prompt_01_a_red.md": "# Prompt 01: Unit Tests for A\n", "ledger/prompt_02_b_red.md": "# Prompt 02: Unit Tests for B\n", "ledger/prompt_03_c_red.md": "# Prompt 03: Integration Test for C\n", "ledger/prompt_04_d_red.md": "# Prompt 04: Unit Tests for D\n", "ledger/prompt_05_e_red.md": "# Prompt 05: Pre-flight Test for E\n"}}
 *
 *   ```markdown
 *   # Prompt 06: Tests for Audit
 *   ```
 *
 *   ```text
 *   1:1: Expected this red prompt to say which kind of test it asks for (unit, integration, pre-flight…), as 5 of 6 red prompts here have
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_05_audit_red.md", "files": {"ledger/prompt_01_a_red.md": "# Prompt 01: Unit Tests for A\n", "ledger/prompt_02_b_red.md": "# Prompt 02: Unit Tests for B\n", "ledger/prompt_03_c_red.md": "# Prompt 03: Integration Test for C\n", "ledger/prompt_04_d_red.md": "# Prompt 04: Unit Tests for D\n"}}
 *
 *   ```markdown
 *   ---
 *   owner: ledger
 *   ---
 *
 *   # Prompt 05: Tests for Audit
 *   ```
 *
 *   ```text
 *   5:1: Expected this red prompt to say which kind of test it asks for (unit, integration, pre-flight…), as 4 of 5 red prompts here have
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_05_audit_red.md", "files": {"ledger/prompt_01_a_red.md": "# Prompt 01: Unit Tests for A\n", "ledger/prompt_02_b_red.md": "# Prompt 02: Unit Tests for B\n", "ledger/prompt_03_c_red.md": "# Prompt 03: Integration Test for C\n", "ledger/prompt_04_d_red.md": "# Prompt 04: Unit Tests for D\n"}}
 *
 *   ```markdown
 *   **Objective:** Generate the tests for `Audit`.
 *   ```
 *
 *   ```text
 *   1:1: Expected this red prompt to say which kind of test it asks for (unit, integration, pre-flight…), as 4 of 5 red prompts here have
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_05_audit_red.md", "files": {"ledger/prompt_01_a_red.md": "# Prompt 01: Unit Tests for A\n", "ledger/prompt_02_b_red.md": "# Prompt 02: Unit Tests for B\n", "ledger/prompt_03_c_red.md": "# Prompt 03: Integration Test for C\n", "ledger/prompt_04_d_red.md": "# Prompt 04: Tests for D\n"}}
 *
 *   ```markdown
 *   # Prompt 05: Tests for Audit
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_06b_audit_green.md", "files": {"ledger/prompt_01_a_red.md": "# Prompt 01: Unit Tests for A\n", "ledger/prompt_02_b_red.md": "# Prompt 02: Unit Tests for B\n", "ledger/prompt_03_c_red.md": "# Prompt 03: Integration Test for C\n", "ledger/prompt_04_d_red.md": "# Prompt 04: Unit Tests for D\n", "ledger/prompt_05_e_red.md": "# Prompt 05: Pre-flight Test for E\n"}}
 *
 *   ```markdown
 *   # Prompt 06: Implementation for Audit
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_06_audit_red.md", "files": {"ledger/prompt_01_a_red.md": "# Prompt 01: Unit Tests for A\n", "ledger/prompt_02_b_red.md": "# Prompt 02: Unit Tests for B\n", "ledger/prompt_03_c_red.md": "# Prompt 03: Integration Test for C\n", "ledger/prompt_04_d_red.md": "# Prompt 04: Unit Tests for D\n", "ledger/prompt_05_e_red.md": "# Prompt 05: Pre-flight Test for E\n"}}
 *
 *   ```markdown
 *   # Prompt 06: Implementation for Audit
 *
 *   **TDD Phase:** Green
 *   ```
 *
 * @example
 *   {"name": "ledger/prompt_06_audit_red.md", "files": {"ledger/prompt_01_a_red.md": "# Prompt 01: Unit Tests for A\n", "ledger/prompt_02_b_red.md": "# Prompt 02: Unit Tests for B\n", "ledger/prompt_03_c_red.md": "# Prompt 03: Integration Test for C\n", "ledger/prompt_04_d_red.md": "# Prompt 04: Unit Tests for D\n", "ledger/prompt_05_e_red.md": "# Prompt 05: Pre-flight Test for E\n"}}
 *
 *   ```markdown
 *   # Prompt 06: Contract Tests for Audit
 *   ```
 */
import {subjectOf} from '../src/suite/subject.js'
import {start} from '../src/engine/report.js'
import {defineRule, noOptions} from '../src/engine/rule.js'
import {evidence} from '../src/suite/evidence.js'

export type Options = Record<string, never>

const rule = defineRule<Options>(
  {
    id: 'test-kind',
    description:
      'Checks that a red prompt says which kind of test it asks for, where the house style does.',
    ...noOptions
  },
  function (_tree, file, _options, model) {
    const subject = subjectOf(file, model)
    if (!subject || subject.prompt.kind !== 'red') return
    const {prompt, facts, folder} = subject
    if (!model.judged(prompt, facts) || facts.testKinds.length > 0) return
    const expected = model.expects(folder.dir, 'red', 'test-kind')
    if (!expected) return
    file.message(
      `Expected this red prompt to say which kind of test it asks for (unit, integration, pre-flight…), ${evidence(expected, 'red')}`,
      {place: facts.title ? {line: facts.title.line, column: facts.title.column} : start}
    )
  }
)

export default rule
