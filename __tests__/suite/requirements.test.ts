/**
 * Requirement schemes and scopes, on suites described in memory: what defines
 * an ID, what a prompt's word cites, which documents a prompt resolves IDs in.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readFacts} from '../../src/suite/facts.js'
import {SuiteModel} from '../../src/suite/model.js'
import {resolve, scopeOfDocument, unresolvedIn} from '../../src/suite/requirements.js'

const root = '/repo'
const red = (name: string, cites: string) =>
  `# **Prompt 01: Unit Tests for X**\n\n**Key Requirements to Fulfill:**\n\n${cites}\n`

function model(files: Record<string, string>) {
  const absolute: Record<string, string> = {}
  for (const [name, text] of Object.entries(files)) absolute[path.join(root, name)] = text
  return new SuiteModel({files: absolute, root})
}

/** The citations of a prompt that resolve to no ID: `written → suggestion`. */
function unresolved(suite: SuiteModel, prompt: string): string[] {
  const file = path.join(root, prompt)
  const chain = suite.requirements(root).resolving(path.dirname(file))
  const words = readFacts(suite.fs.read(file) ?? '').requirements
  return unresolvedIn(chain, file, words).map(
    (each) =>
      `${each.id} → ${each.suggestion ?? ''}${each.malformed ? ` (malformed, like ${each.form})` : ''}`
  )
}

describe('the scheme', () => {
  const requirements = [
    '# Requirements',
    '',
    '## 1. Functional',
    '',
    '- **FR-1.1** The tool shall read the ledger.',
    '- **FR-1.2** The tool shall write the report.',
    '- **REQ-012** The tool must sign the report.',
    '- **REQ-013** The tool must date the report.',
    '',
    '**NFR-1** Speed',
    '',
    'A report should take a second.',
    '',
    '**NFR-2** Memory',
    '',
    'A report must fit in 64 MB.',
    '',
    'UTF-8: Every file must be written in it.'
  ].join('\n')

  it('learns every prefix with two definitions, not a lone word of prose', () => {
    const suite = model({'pkg/requirements.md': requirements, 'pkg/prompt_01_x_red.md': ''})
    const [scope] = suite.requirements(root).scopes
    expect([...(scope?.schemes ?? [])]).toEqual([
      ['FR', '-'],
      ['REQ', '-'],
      ['NFR', '-']
    ])
    expect(scope?.definitions.map((each) => [each.id, each.binding])).toEqual([
      ['FR-1.1', true],
      ['FR-1.2', true],
      ['REQ-012', true],
      ['REQ-013', true],
      ['NFR-1', false],
      ['NFR-2', true]
    ])
  })

  it('takes only words of a learned prefix as citations, and names the ID a malformed one means', () => {
    const suite = model({
      'pkg/requirements.md': requirements,
      'pkg/prompt_01_x_red.md': red(
        'x',
        [
          '* (FR-1.1), (FR-1), (REQ-012), (NFR-2): defined, or a section.',
          '* Go 1.22, v2.3.1, 2026-01-12, section 4.2, UTF-8, SHA-256, HTTP/2, L2-1.1: no citations.',
          '* (FR1.2), (FR.1.2), (REQ-12), (REQ-014), (NFR-3), (FR-9): no ID.'
        ].join('\n')
      )
    })
    expect(unresolved(suite, 'pkg/prompt_01_x_red.md')).toEqual([
      'FR1.2 → FR-1.2 (malformed, like FR-1.1)',
      'FR.1.2 → FR-1.2 (malformed, like FR-1.1)',
      'REQ-12 → REQ-012',
      'REQ-014 → ',
      'NFR-3 → ',
      'FR-9 → '
    ])
  })

  it('reads `L2.1` as a malformed `L2-1` where the documents write `L2-1.1`', () => {
    const suite = model({
      'ledger/l2_requirements.md':
        '# L2 Requirements\n\n| ID | Requirement |\n|---|---|\n| 1.1 | It shall grant. |\n| 1.2 | It shall refuse. |\n',
      'ledger/prompt_01_x_red.md': red(
        'x',
        '* (L2.1) and (L2-1): the section; (L2-1.3) and (L2.9) no ID.'
      )
    })
    expect(unresolved(suite, 'ledger/prompt_01_x_red.md')).toEqual([
      'L2.1 → L2-1 (malformed, like L2-1.1)',
      'L2-1.3 → ',
      'L2.9 →  (malformed, like L2-1.1)'
    ])
  })

  it('a traceability table of another level names IDs, it does not define them', () => {
    const suite = model({
      'pkg/l3_requirements.md': [
        '# L3 Requirements',
        '',
        '### L3-1.1 Configuration',
        '',
        'The orchestrator shall read its settings once.',
        '',
        '| L1 | Covered by |',
        '|---|---|',
        '| L1-2.2 | L3-1.1 |',
        '| L1-2.3 | L3-1.1 |'
      ].join('\n'),
      'pkg/prompt_01_x_red.md': red('x', '* (L3-1.1) and (L1-9.9): an L1 ID is judged elsewhere.')
    })
    const [scope] = suite.requirements(root).scopes
    expect([...(scope?.byId.keys() ?? [])]).toEqual(['L3-1.1'])
    expect(unresolved(suite, 'pkg/prompt_01_x_red.md')).toEqual([])
  })

  it('a summary row that restates an ID is no second definition; a second requirement is', () => {
    const text = [
      '# L1 Requirements',
      '',
      '| ID | Requirement |',
      '|---|---|',
      '| 1.1 | The system shall derive every name. |',
      '| 1.2 | The system must delete what it created. |',
      '',
      '## Summary',
      '',
      '| ID | Prompt |',
      '|---|---|',
      '| 1.1 | prompt_01_x_red.md |',
      '| 1.2 | The system shall stop at the first failure. |'
    ].join('\n')
    const suite = model({'pkg/l1_requirements.md': text, 'pkg/prompt_01_x_red.md': ''})
    const scope = scopeOfDocument(
      suite.requirements(root),
      path.join(root, 'pkg/l1_requirements.md')
    )
    expect(
      scope?.duplicates.map(({definition, first}) => [definition.id, definition.line, first.line])
    ).toEqual([['L1-1.2', 13, 6]])
  })
})

describe('the scope', () => {
  const l1 = (what: string) =>
    `# L1 Requirements\n\n| ID | Requirement |\n|---|---|\n| 1.1 | The ${what} shall work. |\n`

  it('resolves IDs in the package first, then in the documents above it', () => {
    const suite = model({
      'docs/system_requirements.md':
        '# System\n\n- **SYS-1** The system shall log.\n- **SYS-2** The system shall audit.\n',
      'prompts/api/l1_requirements.md': l1('API'),
      'prompts/api/prompt_01_x_red.md': red('x', '* (L1-1.1) (SYS-1)'),
      'prompts/store/l1_requirements.md': l1('store'),
      'prompts/store/prompt_01_x_red.md': red('x', '* (SYS-2) (L1-1.2)'),
      'prompts/store/nested/prompt_01_y_red.md': red('y', '* (L1-1.1)')
    })
    const requirements = suite.requirements(root)
    expect(requirements.scopes.map((each) => path.relative(root, each.home))).toEqual([
      '',
      'prompts/api',
      'prompts/store'
    ])
    const [system, api, store] = requirements.scopes
    // Each package counts its own citations; the repository's documents count everyone's.
    expect([...(api?.citations.keys() ?? [])]).toEqual(['L1-1.1'])
    expect(store?.citations.get('L1-1.1')?.map((each) => path.relative(root, each.file))).toEqual([
      'prompts/store/nested/prompt_01_y_red.md'
    ])
    expect([...(system?.citations.keys() ?? [])].sort()).toEqual(['SYS-1', 'SYS-2'])
    expect(unresolved(suite, 'prompts/store/prompt_01_x_red.md')).toEqual(['L1-1.2 → L1-1.1'])
    const chain = requirements.chain(path.join(root, 'prompts', 'store', 'nested'))
    expect(resolve(chain, 'L1-1.1')?.scope).toBe(store)
    expect(resolve(chain, 'SYS-1')?.scope).toBe(system)
    expect(resolve(chain, 'Go-1')).toBeUndefined()
  })
  it('a package with no documents cites the repository’s only scope, and none of several', () => {
    const one = model({
      'conductor/l1_requirements.md': l1('conductor'),
      'conductor/prompt_01_x_red.md': red('x', '* (L1-1.1)'),
      'deployment/prompt_01_y_red.md': red('y', '* (L1-1.1) (L1-1.5)')
    })
    const [conductor] = one.requirements(root).scopes
    expect(
      conductor?.citations.get('L1-1.1')?.map((each) => path.relative(root, each.file))
    ).toEqual(['conductor/prompt_01_x_red.md', 'deployment/prompt_01_y_red.md'])
    expect(unresolved(one, 'deployment/prompt_01_y_red.md')).toEqual(['L1-1.5 → L1-1.1'])
    const two = model({
      'api/l1_requirements.md': l1('API'),
      'api/prompt_01_x_red.md': red('x', '* (L1-1.1)'),
      'store/l1_requirements.md': l1('store'),
      'store/prompt_01_x_red.md': red('x', '* (L1-1.1)'),
      'deployment/prompt_01_y_red.md': red('y', '* (L1-1.5)')
    })
    expect(unresolved(two, 'deployment/prompt_01_y_red.md')).toEqual([])
  })
})

describe('section headings', () => {
  const requirements = [
    '# Ledger: Level 1 Requirements',
    '',
    '## L1-1 Accounts',
    '',
    '### L1-1.1 Opening',
    '',
    'The service shall open an account once.',
    '',
    '### L1-1.2 Names',
    '',
    'The service must refuse a name twice.',
    '',
    '## L1-2 Postings must balance',
    '',
    '### L1-2.1 Balanced',
    '',
    'Every posting shall balance.'
  ].join('\n')

  it('a heading that numbers a section of others and binds nothing is its title, not a requirement', () => {
    const suite = model({'pkg/l1_requirements.md': requirements, 'pkg/prompt_01_x_red.md': ''})
    const [scope] = suite.requirements(root).scopes
    expect([...(scope?.byId.keys() ?? [])]).toEqual(['L1-1.1', 'L1-1.2', 'L1-2', 'L1-2.1'])
    // A citation of the section still resolves, to every ID in it.
    expect(resolve(suite.requirements(root).scopes, 'L1-1')).toMatchObject({
      id: 'L1-1',
      ids: ['L1-1.1', 'L1-1.2']
    })
  })
})
