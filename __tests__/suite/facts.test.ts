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

  it('reads test files written in plain text with escapes, once each, and not in urls', () => {
    const read = readFacts(
      '1.  billing/invoice\\_test.go (The Specification).\n\nSee `billing/tax_test.go`, https://example.com/x/web_test.go and [x](docs/run\\_test.go).\n'
    )
    expect(
      read.testFiles.map((each) => [each.value, each.line, each.column, each.endColumn])
    ).toEqual([
      ['billing/invoice_test.go', 1, 5, 29],
      ['billing/tax_test.go', 3, 5, 26],
      ['docs/run_test.go', 3, 70, 87]
    ])
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

  it('reads what the cells of a table row say of each name, not the next name’s link text', () => {
    const facts = readFacts(
      '| 01 | Codec | [red](prompt_01_codec_red.md) | [green](prompt_01b_codec_green.md) | unit |'
    )
    expect(facts.promptNames.map((each) => each.description)).toEqual([
      '| 01 | Codec | [red]',
      '| unit |'
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
        '| 7 | **FR-7** | After a row number. |',
        '| 8 | Not an ID | no |',
        '* **L3-1.1** A list item that must hold.',
        '',
        '(L3-1.2): A paragraph.',
        '',
        'Text citing L1-1.1 is no definition, nor is a line that cites one:',
        'L1-1.1 and L1-1.2 hold together.'
      ].join('\n')
    )
    expect(facts.requirementRows.map(({id, text, line, form}) => [id, text, line, form])).toEqual([
      ['1.1', 'The system shall do x.', 3, 'row'],
      ['2.3', 'It must do y.', 4, 'row'],
      ['L2-3.1', 'Explicit.', 5, 'row'],
      ['FR-7', 'After a row number.', 6, 'row'],
      ['L3-1.1', 'A list item that must hold.', 8, 'line'],
      // A line with no modal verb is a title: the text under it is its requirement.
      [
        'L3-1.2',
        'A paragraph. Text citing L1-1.1 is no definition, nor is a line that cites one: L1-1.1 and L1-1.2 hold together.',
        10,
        'line'
      ]
    ])
  })

  it('reads requirements defined in headings and bold lines, with the sentence under them', () => {
    const facts = readFacts(
      [
        '# Orchestrator Requirements',
        '',
        '## 1. Configuration',
        '',
        '### L3-1.1 Configuration',
        '',
        'The orchestrator shall read its settings once.',
        '',
        'A second paragraph explains why.',
        '',
        '### **FR-3.2: Export**',
        'The tool must export a report.',
        '',
        '**NFR-1** Startup',
        '',
        'The service should start in a second.',
        '',
        '---',
        '',
        'A closing note.',
        '',
        '- REQ-012 — The user may log in.',
        '  With a password.',
        '',
        'Unrelated text.'
      ].join('\n')
    )
    expect(facts.requirementRows.map(({id, text, line, form}) => [id, text, line, form])).toEqual([
      [
        'L3-1.1',
        'Configuration: The orchestrator shall read its settings once. A second paragraph explains why.',
        5,
        'heading'
      ],
      ['FR-3.2', 'Export: The tool must export a report.', 11, 'heading'],
      ['NFR-1', 'Startup: The service should start in a second.', 14, 'line'],
      ['REQ-012', 'The user may log in. With a password.', 22, 'line']
    ])
  })

  it('reads the words shaped like an ID, whatever the scheme', () => {
    const facts = readFacts(
      'Cites (L1-2.2), **FR-3.2**, REQ-012, L2.1 and NFR-1; not v1.2, 2025-09-01, Go 1.22, x-1 or L1_requirements.md.'
    )
    expect(facts.requirements.map((each) => [each.value, each.column])).toEqual([
      ['L1-2.2', 8],
      ['FR-3.2', 19],
      ['REQ-012', 29],
      ['L2.1', 38],
      ['NFR-1', 47],
      ['L1_requirements.md', 92]
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
      'prompt' + '.'.repeat(50_000) + 'x',
      'L1' + '-A1'.repeat(20_000) + '-',
      '| ' + 'L1-1'.repeat(20_000) + ' |',
      '**' + '('.repeat(50_000),
      'REQ-' + '1.'.repeat(30_000)
    ]
    for (const line of lines) {
      const facts = readFacts(line)
      expect(facts.requirementRows).toEqual([])
      expect(facts.testFiles).toEqual([])
      expect(facts.lineCount).toBe(1)
    }
  })
})

describe('markdown file names in prose', () => {
  it('reads every `.md` name outside fenced code and urls: where it stands, its section, whether it is listed', () => {
    // The file-name heading labels the file: no section, and the heading below it is the title.
    const title = ''
    const facts = readFacts(
      [
        '### **prompt\\_03\\_envelope.md**',
        '',
        '# **Prompt 03: Unit Tests for Envelope**',
        '',
        'Follow `codestyle.md` and see [the red](prompt_03_envelope_red.md), **prompt\\_02\\_x\\_red.md**.',
        'Read https://example.com/docs/guide.md and docs/design.md.',
        '',
        '**Dependencies (Full source code to be provided):**',
        '',
        '1.  `docs/api.md`',
        '',
        '```markdown',
        'Generated: notes.md',
        '```',
        '| prompt\\_04\\_y.md | a row |'
      ].join('\n')
    )
    expect(
      facts.fileNames.map(({value, folder, where, section, listed, external, line, column}) => [
        value,
        folder,
        where,
        section,
        listed,
        external,
        line,
        column
      ])
    ).toEqual([
      ['prompt_03_envelope.md', '', 'label', '', false, false, 1, 7],
      ['codestyle.md', '', 'text', title, false, false, 5, 9],
      ['prompt_03_envelope_red.md', '', 'link', title, false, false, 5, 41],
      ['prompt_02_x_red.md', '', 'text', title, false, false, 5, 71],
      ['guide.md', 'https://example.com/docs/', 'text', title, false, true, 6, 31],
      ['design.md', 'docs/', 'text', title, false, false, 6, 49],
      ['api.md', 'docs/', 'text', 'dependencies', true, false, 10, 11],
      ['prompt_04_y.md', '', 'text', 'dependencies', true, false, 15, 3]
    ])
    expect(facts.title?.number).toBe(3)
  })

  it('takes the text of a link for the link (`[x.md](x.md)`), and skips globs and extensions alone', () => {
    const facts = readFacts(
      '[prompt_01_a_red.md](prompt_01_a_red.md) and `*.md`, `.md` files, x.mdx'
    )
    expect(facts.fileNames.map(({value, where}) => [value, where])).toEqual([
      ['prompt_01_a_red.md', 'link'],
      ['prompt_01_a_red.md', 'link']
    ])
  })

  it('stays linear on long lines of names and slashes', () => {
    const lines = [
      '/'.repeat(50_000) + 'a.md',
      'a.md '.repeat(20_000),
      'x'.repeat(50_000) + '://' + 'a.md'
    ]
    for (const line of lines) expect(readFacts(line).lineCount).toBe(1)
  })
})
