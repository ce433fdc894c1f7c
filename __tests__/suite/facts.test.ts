import {describe, expect, it} from 'vitest'
import {readFacts, sectionKey} from '../../src/suite/facts.js'

const template = `# **Prompt 04: Integration Test for QuotaLedger**

**Objective:** Generate the integration test for \`QuotaLedger\`.

**TDD Phase:** Green (Write the code to make the failing tests pass).

## **Primary Prompt (Concise)**

Your task is to generate the \`ledger/quotaledger_integration_test.go\` file. See prompt\\_02\\_x\\_red.md and [pp](../prompt_00_a_preprompt.md).

## **Reinforcement Prompt (Detailed Context)**

**Persona:** You are a Go engineer.

**Key Requirements to Fulfill:**

* **(L2-3.1) Idempotent grants:** granting.

**Dependencies (Full source code to be provided):**

**Empty:**

\`\`\`markdown
## Not a section
\`\`\`

## 2. Methodology & Guidelines
## Empty heading

---

## Prompt Changelog

### RV_20260112

First version.
`

describe('readFacts', () => {
  const facts = readFacts(template)

  it('reads the title, its number, subject and component', () => {
    expect(facts.title).toMatchObject({
      text: 'Prompt 04: Integration Test for QuotaLedger',
      number: 4,
      subject: 'Integration Test',
      component: 'QuotaLedger',
      line: 1
    })
  })

  it('reads the phase label', () => {
    expect(facts.phase).toMatchObject({word: 'green', line: 5, column: 16})
  })

  it('reads headings and bold labels as sections, not headings in code', () => {
    expect(facts.sections.map((section) => [section.key, section.depth, section.line, section.empty])).toEqual([
      ['objective', 0, 3, false],
      ['tdd phase', 0, 5, false],
      ['primary prompt', 2, 7, false],
      ['reinforcement prompt', 2, 11, false],
      ['persona', 0, 13, false],
      ['key requirements to fulfill', 0, 15, false],
      ['dependencies', 0, 19, true],
      ['empty', 0, 21, false],
      ['methodology & guidelines', 2, 27, true],
      ['empty heading', 2, 28, false],
      ['prompt changelog', 2, 32, false],
      ['rv_20260112', 3, 34, false]
    ])
  })

  it('reads test files, links, prompt names, requirement ids and the test kind', () => {
    expect(facts.testFiles.map((each) => each.value)).toEqual(['ledger/quotaledger_integration_test.go'])
    expect(facts.links.map((each) => each.value)).toEqual(['../prompt_00_a_preprompt.md'])
    expect(facts.promptNames.map((each) => [each.value, each.line, each.column])).toEqual([
      ['prompt_02_x_red.md', 9, 81],
      ['prompt_00_a_preprompt.md', 9, 115]
    ])
    expect(facts.requirements.map((each) => each.value)).toEqual(['L2-3.1'])
    expect(facts.testKinds).toEqual(['integration'])
  })

  it('knows a blank file', () => {
    expect(readFacts(' \n\n<!-- nothing -->\n').blank).toBe(true)
    expect(readFacts('x').blank).toBe(false)
  })
})

describe('sectionKey', () => {
  it.each([
    ['**Dependencies (Full source code to be provided):**', 'dependencies'],
    ['## 2. Methodology & Guidelines', '## 2. methodology & guidelines'],
    ['2\\. Methodology', 'methodology'],
    ['Primary Prompt (Concise)', 'primary prompt'],
    ['TDD Phase:', 'tdd phase'],
    ['Test\\_Cases', 'test_cases']
  ])('%s → %s', (text, key) => {
    expect(sectionKey(text)).toBe(key)
  })
})
