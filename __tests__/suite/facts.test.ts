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
    expect(
      facts.sections.map((section) => [section.key, section.depth, section.line, section.empty])
    ).toEqual([
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
    expect(facts.testFiles.map((each) => each.value)).toEqual([
      'ledger/quotaledger_integration_test.go'
    ])
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

describe('plans and requirement documents', () => {
  it('reads the folder and the description of each prompt name', () => {
    const facts = readFacts(
      [
        '* prompt\\_01\\_a\\_red.md: "Red" prompt for the A unit test.',
        '* [green](testdata/testdata_prompt_01b_a_green.md) and `prompt_02_b_red.md`',
        '* The B implementation: prompt\\_02b\\_b\\_green.md',
        'See https://example.com/x/prompt_03_c_red.md.'
      ].join('\n')
    )
    expect(
      facts.promptNames.map(({value, folder, external, description}) => [
        value,
        folder,
        external,
        description
      ])
    ).toEqual([
      ['prompt_01_a_red.md', '', false, '"Red" prompt for the A unit test.'],
      ['testdata_prompt_01b_a_green.md', 'testdata/', false, 'and'],
      ['prompt_02_b_red.md', '', false, 'and'],
      ['prompt_02b_b_green.md', '', false, 'The B implementation'],
      ['prompt_03_c_red.md', '', true, 'See https://example.com/x/']
    ])
  })

  it('reads requirement rows: table rows whose first cell is an ID, lines that start with an explicit one', () => {
    const facts = readFacts(
      [
        '| ID | Requirement |',
        '|---|---|',
        '| 1.1 | The system shall do x. |',
        '| **2.3** | It must do y. |',
        '| L2-3.1 | Explicit. |',
        '* **L3-1.1** A list item.',
        '(L3-1.2): A paragraph.',
        'Text citing L1-1.1 is no definition.'
      ].join('\n')
    )
    expect(facts.requirementRows.map(({id, text, line}) => [id, text, line])).toEqual([
      ['1.1', 'The system shall do x.', 3],
      ['2.3', 'It must do y.', 4],
      ['L2-3.1', 'Explicit.', 5],
      ['L3-1.1', 'A list item.', 6],
      ['L3-1.2', 'A paragraph.', 7]
    ])
  })

  // Speed is the benchmark's business (no wall-clock bound here, which flakes under
  // load): these lines, built to make a backtracking pattern blow up, are read, and
  // read as what they are — no requirement row, no test file.
  it('reads long lines built to make a regex backtrack', () => {
    const lines = [
      '|' + ' '.repeat(50_000) + 'x',
      ' '.repeat(50_000) + 'L',
      '/'.repeat(50_000) + 'prompt_01_a_red.md',
      'prompt/'.repeat(20_000) + 'prompt_01_a_red.md',
      'prompt_01_a_red.md ' + ':;,'.repeat(30_000) + ' prompt_02_b_red.md',
      'prompt' + '.'.repeat(50_000) + 'x'
    ]
    for (const line of lines) {
      const facts = readFacts(line)
      expect(facts.requirementRows).toEqual([])
      expect(facts.testFiles).toEqual([])
      expect(facts.lineCount).toBe(1)
    }
  })
})
