/**
 * Scaffolding logic (`src/scaffold/scaffold.ts`): the files `init` and `new` write in the
 * repository's house style, the preprompt's component list `new` extends when
 * there is one, and what they refuse. Every scaffold is linted with the real
 * engine: the only findings left must be the placeholders the author fills in.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {createLinter, type LintSettings} from '../src/engine/lint.js'
import {
  addToComponentList,
  initSuite,
  newPair,
  scaffoldConfig,
  ScaffoldError,
  type ScaffoldConfig
} from '../src/scaffold/scaffold.js'
import {readFacts} from '../src/suite/facts.js'
import {green, red} from './cli-fixtures.js'

const examples = path.join(import.meta.dirname, '..', 'examples')
const otherStyle = path.join(import.meta.dirname, 'fixtures', 'other-style')

let root: string

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-scaffold-')))
})

afterEach(() => {
  fs.rmSync(root, {recursive: true, force: true})
})

/** Copy example folders into the temp root. */
function copyExamples(...folders: string[]): void {
  for (const folder of folders) {
    fs.cpSync(path.join(examples, folder), path.join(root, folder), {recursive: true})
  }
}

/** The default configuration, with a fixed day for the changelog entry. */
function fixedDay(settings: LintSettings = {}): ScaffoldConfig {
  return {...scaffoldConfig(settings, root), today: new Date('2026-03-01T12:00:00Z')}
}

/** Every file and folder under the root, with a hash of each file's content. */
function snapshot(): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of fs.readdirSync(root, {recursive: true, withFileTypes: true})) {
    const full = path.join(entry.parentPath, entry.name)
    const key = path.relative(root, full)
    found[key] = entry.isDirectory()
      ? 'dir'
      : crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')
  }
  return found
}

/** Every file of `before` is still there, byte for byte. */
function expectUnchanged(before: Record<string, string>, except: string[] = []): void {
  const after = snapshot()
  for (const [file, hash] of Object.entries(before)) {
    if (!except.includes(file)) expect([file, after[file]]).toEqual([file, hash])
  }
}

interface Finding {
  file: string
  ruleId: string | undefined
  reason: string
}

/** Lint files (relative to the root) with the real engine: a new suite model per run. */
async function lint(files: string[], settings: LintSettings = {}): Promise<Finding[]> {
  const linter = createLinter(settings, root)
  const findings: Finding[] = []
  for (const file of files) {
    const result = await linter.lint(file)
    for (const message of result.messages) {
      findings.push({file, ruleId: message.ruleId, reason: message.reason})
    }
  }
  return findings
}

/** The markdown files under a folder (sub-folders too), relative to the root. */
function markdownIn(folder: string): string[] {
  return (fs.readdirSync(path.join(root, folder), {recursive: true}) as string[])
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(folder, name))
    .sort()
}

function writeTree(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
    fs.writeFileSync(path.join(root, name), text)
  }
}

function read(file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8')
}

/** A file's sections as the rules compare them (headings and bold labels), changelog entries left out. */
function sections(file: string): string[] {
  return readFacts(read(file))
    .sections.map((section) => section.key)
    .filter((key) => !/^rv[_-]?\d/.test(key))
}

/** The findings that are not the expected placeholder ones. */
function structural(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.ruleId !== 'placeholder')
}

function refusal(run: () => unknown): ScaffoldError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ScaffoldError)
    expect((error as Error).message).not.toContain('\n')
    return error as ScaffoldError
  }
  throw new Error('expected a ScaffoldError')
}

describe('scaffoldConfig', () => {
  it('reads the rules’ defaults: nothing pinned, no preprompt configured', () => {
    const config = scaffoldConfig({}, root)
    const required = rules.find((rule) => rule.meta.id === 'required-sections')
    expect(config.sections).toEqual((required?.meta.defaults as {sections: unknown}).sections)
    expect(config).toEqual({sections: {}, preprompts: {}})
  })

  it('takes the pinned sections and the configured preprompts, resolved from the working folder', () => {
    const config = scaffoldConfig(
      {
        rules: {'required-sections': ['warn', {sections: {red: ['Goal', 'Cases']}}]},
        preprompts: {more: 'shared/prompt_00_y_preprompt.md'}
      },
      root
    )
    expect(config).toEqual({
      sections: {red: ['Goal', 'Cases']},
      preprompts: {[path.join(root, 'more')]: path.join(root, 'shared/prompt_00_y_preprompt.md')}
    })
  })
})

describe('initSuite', () => {
  it('writes the methodology’s preprompt in a repository with none, creating the folder', () => {
    const result = initSuite({
      folder: 'pkg/orchestration',
      packageName: 'orchestration',
      cwd: root,
      config: fixedDay()
    })
    const file = path.join(root, 'pkg/orchestration/prompt_00_orchestration_preprompt.md')
    expect(result).toEqual({written: [file], updated: []})
    expect(read('pkg/orchestration/prompt_00_orchestration_preprompt.md')).toBe(
      [
        '# **Meta-Prompt: Orchestration Package Generation**',
        '**Persona:** <!-- fill in: Who the model is while it writes this. -->',
        '## **1. Package Overview**',
        '<!-- fill in -->',
        '## **2. Methodology & Guidelines**',
        '<!-- fill in -->',
        '---',
        '## Prompt Changelog',
        '### RV_20260301',
        'First version of the prompt.'
      ].join('\n\n') + '\n'
    )
  })

  it('shapes the preprompt like the repository’s others', async () => {
    copyExamples('orchestration', 'deployment')
    initSuite({folder: 'billing', packageName: 'billing', cwd: root, config: fixedDay()})
    const preprompt = 'billing/prompt_00_billing_preprompt.md'
    const text = read(preprompt)
    expect(text.split('\n')[0]).toBe('# **Meta-Prompt: Billing Package Generation**')
    // The most recent complete preprompt is orchestration's, with its test-data plan.
    expect(sections(preprompt)).toEqual(
      sections('orchestration/prompt_00_orchestration_preprompt.md')
    )
    expect(text).toMatch(/^## \*\*3\. Test Data Plan\*\*\n\n<!-- fill in -->$/m)
    expect(text).toMatch(/^---\n\n## Prompt Changelog\n\n### RV_20260301\n/m)
    expect(structural(await lint([preprompt]))).toEqual([])
  })

  it('follows another house style', async () => {
    fs.cpSync(otherStyle, root, {recursive: true})
    initSuite({folder: 'shipping', packageName: 'shipping', cwd: root})
    const preprompt = 'shipping/prompt_00_shipping_preprompt.md'
    expect(sections(preprompt)).toEqual(['context', 'components', 'conventions', 'workflow'])
    for (const name of ['Context', 'Components', 'Conventions', 'Workflow']) {
      expect(read(preprompt)).toMatch(new RegExp(`^## \\*\\*${name}\\*\\*\\n\\n<!-- .+ -->$`, 'm'))
    }
    expect(structural(await lint([preprompt]))).toEqual([])
  })

  it('converts a package name to lower snake case', () => {
    initSuite({folder: 'a', packageName: 'MyPackage', cwd: root})
    initSuite({folder: 'b', packageName: 'test-data', cwd: root})
    expect(fs.readdirSync(path.join(root, 'a'))).toEqual(['prompt_00_my_package_preprompt.md'])
    expect(read('b/prompt_00_test_data_preprompt.md')).toMatch(
      /^# \*\*Meta-Prompt: Test data Package Generation\*\*\n/
    )
  })

  it('uses the prefix the folder’s prompts already use', () => {
    copyExamples('orchestration')
    const result = initSuite({folder: 'orchestration/testdata', packageName: 'services', cwd: root})
    expect(result.written).toEqual([
      path.join(root, 'orchestration/testdata/testdata_prompt_00_services_preprompt.md')
    ])
    expect(fs.existsSync(result.written[0]!)).toBe(true)
  })

  it('rejects package names the naming rule would reject', () => {
    fs.mkdirSync(path.join(root, 'suite'))
    const before = snapshot()
    for (const name of ['', 'a/b', '..', 'über', 'my package', '_x', 'a--b']) {
      expect(
        refusal(() => initSuite({folder: 'suite', packageName: name, cwd: root})).message
      ).toMatch(/^invalid package name `.*`, expected lower snake case/)
    }
    expect(snapshot()).toEqual(before)
  })

  it('refuses a folder that already has a preprompt', () => {
    copyExamples('orchestration')
    const before = snapshot()
    const error = refusal(() =>
      initSuite({folder: 'orchestration', packageName: 'other', cwd: root})
    )
    expect(error.message).toBe(
      '`orchestration` already has a preprompt `prompt_00_orchestration_preprompt.md`'
    )
    expect(snapshot()).toEqual(before)
  })

  it('refuses a path that is a file', () => {
    fs.writeFileSync(path.join(root, 'suite'), 'not a folder\n')
    const before = snapshot()
    expect(refusal(() => initSuite({folder: 'suite', packageName: 'x', cwd: root})).message).toBe(
      '`suite` is not a folder'
    )
    expect(snapshot()).toEqual(before)
  })
})

describe('newPair', () => {
  it('adds pair 07 to the example suite in its style, the red naming the test the green cites', async () => {
    copyExamples('orchestration')
    const before = snapshot()
    const result = newPair({
      slug: 'cache_warmer',
      suite: path.join(root, 'orchestration'),
      kind: 'unit',
      cwd: root,
      config: fixedDay()
    })
    const dir = path.join(root, 'orchestration')
    expect(result).toEqual({
      written: [
        path.join(dir, 'prompt_07_cache_warmer_red.md'),
        path.join(dir, 'prompt_07b_cache_warmer_green.md')
      ],
      // The preprompt keeps no component list linking the prompts: left alone; the plan gets the pair.
      updated: [path.join(dir, 'readme.md')],
      preprompt: path.join(dir, 'prompt_00_orchestration_preprompt.md')
    })
    expectUnchanged(before, ['orchestration/readme.md'])
    // The plan's entries for the new pair, after pair 06's and written as its entries are.
    const plan = read('orchestration/readme.md').split('\n')
    const at = plan.findIndex((line) => line.includes('prompt\\_06b\\_conductor\\_green.md'))
    expect(plan.slice(at + 1, at + 3)).toEqual([
      '* prompt\\_07\\_cache\\_warmer\\_red.md: "Red" prompt for the CacheWarmer unit test.',
      '* prompt\\_07b\\_cache\\_warmer\\_green.md: "Green" prompt for the CacheWarmer implementation.'
    ])

    const red = 'orchestration/prompt_07_cache_warmer_red.md'
    const green = 'orchestration/prompt_07b_cache_warmer_green.md'
    expect(sections(red)).toEqual(sections('orchestration/prompt_06_conductor_red.md'))
    expect(sections(green)).toEqual(sections('orchestration/prompt_06b_conductor_green.md'))
    expect(read(red).split('\n')[0]).toBe('# **Prompt 07: Unit Tests for CacheWarmer**')
    expect(read(green).split('\n')[0]).toBe('# **Prompt 07: Implementation for CacheWarmer**')
    expect(read(red)).toMatch(/^\*\*TDD Phase:\*\* Red$/m)
    expect(read(green)).toMatch(/^\*\*TDD Phase:\*\* Green$/m)
    // The red names its test file in the suite's test folder; the green cites it.
    expect(readFacts(read(red)).testFiles.map((mention) => mention.value)).toEqual([
      'conductor/cache_warmer_test.go'
    ])
    expect(read(green)).toContain(
      '**Dependencies (Full source code to be provided):**\n\n1.  `conductor/cache_warmer_test.go` (The Specification)\n'
    )
    expect(read(red)).toMatch(/^---\n\n## Prompt Changelog\n\n### RV_20260301\n/m)

    const findings = await lint(markdownIn('orchestration'))
    // Nothing is found but the new prompts' placeholders: the plan lists the pair.
    expect(findings.filter((finding) => finding.file === 'orchestration/readme.md')).toEqual([])
    const prompts = findings
    expect(structural(prompts)).toEqual([])
    expect(new Set(prompts.map((finding) => finding.file))).toEqual(new Set([red, green]))
    expect(
      prompts.filter((finding) => finding.file === red).map((finding) => finding.reason)
    ).toEqual(
      [
        'What this prompt generates, in one sentence.',
        'Say what it tests.',
        'Who the model is while it writes this.',
        'The files to generate, and what they must do.',
        'One bullet per requirement, with its ID: (L1-1.1).',
        'The source files to paste in with this prompt.'
      ].map((hint) => `Unexpected placeholder \`fill in: ${hint}\`, expected the text it asks for`)
    )
  })

  it('adds a pair to the nested testdata suite under its parent’s preprompt, editing nothing', async () => {
    copyExamples('orchestration')
    const before = snapshot()
    const result = newPair({
      slug: 'archiver',
      suite: 'orchestration/testdata',
      kind: 'pre-flight',
      cwd: root
    })
    expect(result).toEqual({
      written: [
        path.join(root, 'orchestration/testdata/testdata_prompt_04_archiver_red.md'),
        path.join(root, 'orchestration/testdata/testdata_prompt_04b_archiver_green.md')
      ],
      updated: [],
      preprompt: path.join(root, 'orchestration/prompt_00_orchestration_preprompt.md')
    })
    expectUnchanged(before)
    const red = read('orchestration/testdata/testdata_prompt_04_archiver_red.md')
    expect(red.split('\n')[0]).toBe('# **Prompt 04: Pre-flight Test for Archiver**')
    expect(sections('orchestration/testdata/testdata_prompt_04_archiver_red.md')).toEqual(
      sections('orchestration/testdata/testdata_prompt_03_director_red.md')
    )
    const prompts = markdownIn('orchestration/testdata')
    expect(structural(await lint(prompts))).toEqual([])
  })

  it('follows another house style', async () => {
    fs.cpSync(otherStyle, root, {recursive: true})
    const before = snapshot()
    const result = newPair({slug: 'refund_issuer', suite: 'billing', cwd: root})
    // A component table is not a list of links: the preprompt is not edited.
    expect(result.updated).toEqual([])
    expectUnchanged(before)
    expect(sections('billing/prompt_04_refund_issuer_red.md')).toEqual([
      'context',
      'objective',
      'test cases',
      'constraints',
      'acceptance criteria'
    ])
    expect(sections('billing/prompt_04b_refund_issuer_green.md')).toEqual(
      sections('billing/prompt_03b_payment_reconciler_green.md')
    )
    expect(structural(await lint(markdownIn('billing')))).toEqual([])
  })

  it('names the pair in the suite’s naming scheme and numbers it after its numbering domain', () => {
    // ledger/: reds `NNa`, store/ 01–03 and api/ 04–06 numbered in one sequence.
    copyExamples('ledger')
    const result = newPair({slug: 'audit_log', suite: 'ledger/api', cwd: root})
    expect(result.written.map((file) => path.relative(root, file)).sort()).toEqual([
      'ledger/api/prompt_07a_audit_log_red.md',
      'ledger/api/prompt_07b_audit_log_green.md'
    ])
  })

  it('links the preprompt where the house style does, and the green its red', async () => {
    fs.cpSync(otherStyle, root, {recursive: true})
    // Five pairs whose prompts link the preprompt: the style expects the link.
    const pre = 'prompt_00_billing_preprompt.md'
    writeTree({
      'billing/prompt_04_ledger_red.md': red('Ledger unit test', pre),
      'billing/prompt_04b_ledger_green.md': green('Ledger', pre, 'prompt_04_ledger_red.md'),
      'billing/prompt_05_dunning_red.md': red('Dunning unit test', pre),
      'billing/prompt_05b_dunning_green.md': green('Dunning', pre, 'prompt_05_dunning_red.md')
    })
    const before = structural(await lint(markdownIn('billing')))
    expect(before).toEqual([])
    newPair({slug: 'refund_issuer', suite: 'billing', cwd: root})
    const redFile = 'billing/prompt_06_refund_issuer_red.md'
    const greenFile = 'billing/prompt_06b_refund_issuer_green.md'
    expect(read(redFile)).toContain(
      '## **Context**\n\nRead [the preprompt](prompt_00_billing_preprompt.md) first.\n'
    )
    expect(read(greenFile)).toContain(
      'Read [the preprompt](prompt_00_billing_preprompt.md) first. Make the test from [the red prompt](prompt_06_refund_issuer_red.md) pass.\n'
    )
    expect(structural(await lint(markdownIn('billing')))).toEqual([])
  })

  it('leaves the preprompt unlinked where the house style does not link it', () => {
    copyExamples('orchestration')
    newPair({slug: 'cache_warmer', suite: 'orchestration', cwd: root})
    expect(read('orchestration/prompt_07_cache_warmer_red.md')).not.toContain('preprompt')
    expect(read('orchestration/prompt_07b_cache_warmer_green.md')).not.toContain('](')
  })

  it('gives a new prompt the sections its scope’s prompts share, not one prompt’s extras', () => {
    copyExamples('orchestration')
    const latest = 'orchestration/prompt_06_conductor_red.md'
    fs.writeFileSync(
      path.join(root, latest),
      read(latest).replace(
        '---\n',
        '## **Notes for Reviewers**\n\nOnly this prompt has these.\n\n---\n'
      )
    )
    newPair({slug: 'cache_warmer', suite: 'orchestration', cwd: root})
    const red = 'orchestration/prompt_07_cache_warmer_red.md'
    expect(sections(latest)).toContain('notes for reviewers')
    expect(sections(red)).toEqual(sections(latest).filter((key) => key !== 'notes for reviewers'))
  })

  it.each([
    ['integration', 'Integration Test'],
    ['Pre-flight', 'Pre-flight Test'],
    ['preflight', 'Pre-flight Test'],
    ['e2e', 'End-to-end Test'],
    ['contract', 'Contract Tests'],
    ['property', 'Property Tests']
  ])('takes the test kind %j, titled as the test-kind rule reads it', (kind, title) => {
    initSuite({folder: 'suite', packageName: 'pkg', cwd: root})
    newPair({slug: 'probe', suite: 'suite', kind, cwd: root})
    const text = read('suite/prompt_01_probe_red.md')
    expect(text.split('\n')[0]).toBe(`# **Prompt 01: ${title} for Probe**`)
    expect(readFacts(text).testKinds).toHaveLength(1)
  })

  it.each([
    [
      'smoke',
      'unknown test kind `smoke`, expected one of `unit`, `integration`, `pre-flight`, `end-to-end`, `contract`, `property`'
    ],
    ['integraton', 'unknown test kind `integraton` (did you mean `integration`?)'],
    [
      '-',
      'unknown test kind `-`, expected one of `unit`, `integration`, `pre-flight`, `end-to-end`, `contract`, `property`'
    ]
  ])('refuses the test kind %j, writing nothing', (kind, reason) => {
    initSuite({folder: 'suite', packageName: 'pkg', cwd: root})
    const before = snapshot()
    expect(refusal(() => newPair({slug: 'probe', suite: 'suite', kind, cwd: root})).message).toBe(
      reason
    )
    expect(snapshot()).toEqual(before)
  })

  it('adds the pair to a preprompt’s component list that links the folder’s prompts', async () => {
    fs.cpSync(path.join(examples, 'orchestration'), path.join(root, 'suite'), {recursive: true})
    const file = 'suite/prompt_00_orchestration_preprompt.md'
    const list =
      '## **4. Components**\n\n' +
      '1. Config generator: [red](prompt_01_config_generator_red.md), [green](prompt_01b_config_generator_green.md)\n' +
      '2. Conductor: [red](prompt_06_conductor_red.md), [green](prompt_06b_conductor_green.md)\n'
    const original = read(file).replace('---\n', list + '\n---\n')
    fs.writeFileSync(path.join(root, file), original)

    const result = newPair({slug: 'cache_warmer', suite: 'suite', cwd: root})
    expect(result.updated).toEqual([path.join(root, file), path.join(root, 'suite/readme.md')])
    const item =
      '3. Cache warmer: [red](prompt_07_cache_warmer_red.md), [green](prompt_07b_cache_warmer_green.md)'
    const updated = read(file)
    // Appended right after item 2 of the ordered list, nothing else changed.
    expect(updated).toBe(original.replace(list, list + item + '\n'))
  })

  it('leaves alone a preprompt whose list links no prompt of its folder', () => {
    fs.mkdirSync(path.join(root, 'suite'))
    initSuite({folder: 'suite', packageName: 'pkg', cwd: root})
    const file = 'suite/prompt_00_pkg_preprompt.md'
    fs.appendFileSync(
      path.join(root, file),
      '\n## Related\n\n- [Other red](../other/prompt_01_x_red.md)\n- [Guide](guide.md)\n'
    )
    const before = snapshot()
    const result = newPair({slug: 'probe', suite: 'suite', cwd: root})
    expect(result.updated).toEqual([])
    expectUnchanged(before)
  })

  it('scaffolds a fresh suite in the methodology’s template that passes every rule but the empty-section check', async () => {
    initSuite({folder: 'orchestration', packageName: 'orchestration', cwd: root})
    const first = newPair({slug: 'config_gen', suite: 'orchestration', cwd: root})
    const second = newPair({
      slug: 'iam_orchestrator',
      suite: 'orchestration',
      kind: 'integration',
      cwd: root
    })
    const dir = path.join(root, 'orchestration')
    expect(first).toEqual({
      written: [
        path.join(dir, 'prompt_01_config_gen_red.md'),
        path.join(dir, 'prompt_01b_config_gen_green.md')
      ],
      updated: [],
      preprompt: path.join(dir, 'prompt_00_orchestration_preprompt.md')
    })
    expect(second.written.map((file) => path.basename(file))).toEqual([
      'prompt_02_iam_orchestrator_red.md',
      'prompt_02b_iam_orchestrator_green.md'
    ])
    const template = [
      'objective',
      'tdd phase',
      'primary prompt',
      'reinforcement prompt',
      'persona',
      'your specific task',
      'key requirements to fulfill',
      'dependencies',
      'prompt changelog'
    ]
    for (const file of markdownIn('orchestration').filter((name) => !name.includes('preprompt'))) {
      expect([file, sections(file)]).toEqual([file, template])
    }
    const red = read('orchestration/prompt_01_config_gen_red.md')
    expect(red.split('\n')[0]).toBe('# **Prompt 01: Unit Tests for ConfigGen**')
    expect(red).toContain('`config_gen_test.go`')
    expect(read('orchestration/prompt_02_iam_orchestrator_red.md').split('\n')[0]).toBe(
      '# **Prompt 02: Integration Test for IamOrchestrator**'
    )
    expect(read('orchestration/prompt_02b_iam_orchestrator_green.md')).toContain(
      '1.  `iam_orchestrator_integration_test.go` (The Specification)'
    )

    // Two pairs are too few for a house style to expect their parts filled in: a
    // fresh suite's only findings are its placeholders, one a section.
    const findings = await lint(markdownIn('orchestration'))
    expect(structural(findings)).toEqual([])
    expect(
      findings.filter((finding) => finding.file === 'orchestration/prompt_01_config_gen_red.md')
    ).toHaveLength(6)
  })

  it('resolves the preprompt a folder links when it has none of its own', () => {
    copyExamples('orchestration')
    fs.mkdirSync(path.join(root, 'extra'))
    fs.writeFileSync(
      path.join(root, 'extra/prompt_01_probe_red.md'),
      '# **Prompt 01: Unit Tests for Probe**\n\nSee [the context](../orchestration/prompt_00_orchestration_preprompt.md).\n'
    )
    const result = newPair({slug: 'gauge', suite: 'extra', cwd: root})
    expect(result.preprompt).toBe(
      path.join(root, 'orchestration/prompt_00_orchestration_preprompt.md')
    )
    expect(result.written[0]).toBe(path.join(root, 'extra/prompt_02_gauge_red.md'))
  })

  it('takes the configured preprompt of a folder that has none, without editing it', async () => {
    copyExamples('orchestration')
    fs.mkdirSync(path.join(root, 'extra'))
    const preprompts = {extra: 'orchestration/prompt_00_orchestration_preprompt.md'}
    const before = snapshot()
    expect(refusal(() => newPair({slug: 'probe', suite: 'extra', cwd: root})).message).toMatch(
      /^no preprompt for `extra`/
    )
    const result = newPair({
      slug: 'probe',
      suite: 'extra',
      cwd: root,
      config: scaffoldConfig({preprompts}, root)
    })
    expect(result.preprompt).toBe(
      path.join(root, 'orchestration/prompt_00_orchestration_preprompt.md')
    )
    expect(result.updated).toEqual([])
    expectUnchanged(before)
    expect(structural(await lint(markdownIn('extra'), {preprompts}))).toEqual([])
  })

  it('uses the folder’s own preprompt over a configured one', () => {
    initSuite({folder: 'own', packageName: 'own', cwd: root})
    initSuite({folder: 'other', packageName: 'other', cwd: root})
    const config = scaffoldConfig({preprompts: {own: 'other/prompt_00_other_preprompt.md'}}, root)
    const result = newPair({slug: 'x', suite: 'own', cwd: root, config})
    expect(result.preprompt).toBe(path.join(root, 'own/prompt_00_own_preprompt.md'))
  })

  it('scaffolds the sections a configuration pins', async () => {
    const settings: LintSettings = {
      rules: {
        'required-sections': [
          'error',
          {sections: {preprompt: ['Background', 'Index'], red: ['Goal', 'Cases'], green: ['Goal']}}
        ]
      }
    }
    const config = scaffoldConfig(settings, root)
    initSuite({folder: 'suite', packageName: 'pkg', cwd: root, config})
    newPair({slug: 'parser', suite: 'suite', cwd: root, config})
    expect(sections('suite/prompt_00_pkg_preprompt.md')).toEqual(['background', 'index'])
    expect(sections('suite/prompt_01_parser_red.md')).toEqual(['goal', 'cases'])
    expect(sections('suite/prompt_01b_parser_green.md')).toEqual(['goal'])
    expect(read('suite/prompt_01_parser_red.md')).toMatch(
      /^## \*\*Goal\*\*\n\n<!-- .+ -->\n\n## \*\*Cases\*\*$/m
    )
    expect(structural(await lint(markdownIn('suite'), settings))).toEqual([])
  })

  it.each([
    ['Preflight', 'Pre-flight Test', 'probe_test.go'],
    ['end to end', 'End-to-end Test', 'probe_test.go'],
    ['integration', 'Integration Test', 'probe_integration_test.go']
  ])('takes a test kind however it is written: %j', (kind, title, testFile) => {
    initSuite({folder: 'suite', packageName: 'pkg', cwd: root})
    newPair({slug: 'probe', suite: 'suite', kind, cwd: root})
    const red = read('suite/prompt_01_probe_red.md')
    expect(red.split('\n')[0]).toBe(`# **Prompt 01: ${title} for Probe**`)
    expect(readFacts(red).testFiles.map((mention) => mention.value)).toEqual([testFile])
  })

  it('defaults the suite to the working directory', () => {
    initSuite({folder: 'suite', packageName: 'pkg', cwd: root})
    const result = newPair({slug: 'probe', cwd: path.join(root, 'suite')})
    expect(result.written[0]).toBe(path.join(root, 'suite/prompt_01_probe_red.md'))
  })

  describe('refusals leave every file unchanged', () => {
    beforeEach(() => copyExamples('orchestration'))

    it.each(['Config-Gen', 'configGen', 'config-gen', '', 'a/b', '../x', 'x y', '_x', 'a__b', 'ü'])(
      'rejects the slug %j',
      (slug) => {
        const before = snapshot()
        expect(refusal(() => newPair({slug, suite: 'orchestration', cwd: root})).message).toMatch(
          /^invalid slug `.*`, expected lower snake case/
        )
        expect(snapshot()).toEqual(before)
      }
    )

    it('suggests the snake-case slug', () => {
      expect(
        refusal(() => newPair({slug: 'configGen', suite: 'orchestration', cwd: root})).message
      ).toBe('invalid slug `configGen`, expected lower snake case (`config_gen`)')
    })

    it('rejects a test kind with no word in it', () => {
      const before = snapshot()
      expect(
        refusal(() => newPair({slug: 'x', suite: 'orchestration', kind: '!!', cwd: root})).message
      ).toBe(
        'unknown test kind `!!`, expected one of `unit`, `integration`, `pre-flight`, `end-to-end`, `contract`, `property`'
      )
      expect(snapshot()).toEqual(before)
    })

    it('refuses a suite folder that does not exist', () => {
      const before = snapshot()
      expect(refusal(() => newPair({slug: 'x', suite: 'nowhere', cwd: root})).message).toBe(
        'suite folder `nowhere` does not exist'
      )
      expect(snapshot()).toEqual(before)
    })

    it('refuses a number the suite already uses', () => {
      const before = snapshot()
      expect(
        refusal(() => newPair({slug: 'x', suite: 'orchestration', number: 3, cwd: root})).message
      ).toBe('suite `orchestration` already has prompts numbered 03')
      expect(snapshot()).toEqual(before)
    })

    it('refuses to overwrite an existing file', () => {
      // A folder with the red prompt's name is invisible to the suite model but
      // still there: the pair would be 07 and its red prompt cannot be written.
      fs.mkdirSync(path.join(root, 'orchestration/prompt_07_x_red.md'))
      const before = snapshot()
      expect(refusal(() => newPair({slug: 'x', suite: 'orchestration', cwd: root})).message).toBe(
        '`orchestration/prompt_07_x_red.md` already exists, not overwriting it'
      )
      expect(snapshot()).toEqual(before)
    })

    it('refuses a folder with no preprompt of its own, above it, linked or configured', () => {
      fs.mkdirSync(path.join(root, 'lonely'))
      const before = snapshot()
      expect(refusal(() => newPair({slug: 'x', suite: 'lonely', cwd: root})).message).toBe(
        'no preprompt for `lonely`: run `tdd-prompt-lint init lonely --package <name>` first, or configure `preprompts`'
      )
      expect(snapshot()).toEqual(before)
    })
  })
})

describe('addToComponentList', () => {
  const entry = 'Probe: [red](prompt_03_probe_red.md), [green](prompt_03b_probe_green.md)'

  it('continues a bullet list with its own marker', () => {
    const text =
      '# P\n\n## Components\n\n* A: [red](prompt_01_a_red.md)\n* B: [red](prompt_02_b_red.md)\n\n## Conventions\n\nNone.\n'
    expect(addToComponentList(text, entry, ['Components'])).toBe(
      text.replace('prompt_02_b_red.md)\n', `prompt_02_b_red.md)\n* ${entry}\n`)
    )
  })

  it('continues an ordered list with the next number and its delimiter', () => {
    const text =
      '# P\n\n## Components\n\n1) A: [red](prompt_01_a_red.md)\n2) B: [red](prompt_02_b_red.md)\n'
    expect(addToComponentList(text, entry, ['Components'])).toBe(text + `3) ${entry}\n`)
  })

  it('keeps a loose list loose', () => {
    const text =
      '## Components\n\n- A: [red](prompt_01_a_red.md)\n\n- B: [red](prompt_02_b_red.md)\n  more about B\n'
    expect(addToComponentList(text, entry, ['Components'])).toBe(text + `\n- ${entry}\n`)
  })

  it('prefers the list that links the folder’s own prompts', () => {
    const text =
      '## Components\n\n1. A: [red](prompt_01_a_red.md)\n\nServices:\n\n- s: [red](../testdata/testdata_prompt_01_s_red.md)\n'
    expect(addToComponentList(text, entry, ['Components'])).toBe(
      text.replace('prompt_01_a_red.md)\n', `prompt_01_a_red.md)\n2. ${entry}\n`)
    )
  })

  it('starts a list in an empty component section, before its sub-sections', () => {
    const text = '# P\n\n## Components\n\n<!-- guidance -->\n\n### Notes\n\nx\n\n## Workflow\n\ny\n'
    expect(addToComponentList(text, entry, ['Components'])).toBe(
      text.replace('<!-- guidance -->\n', `<!-- guidance -->\n\n- ${entry}\n`)
    )
  })

  it('finds the section by any configured name, case-insensitively', () => {
    const text = '# P\n\n## index:\n'
    expect(addToComponentList(text, entry, ['Components', 'Index'])).toBe(
      `# P\n\n## index:\n\n- ${entry}\n`
    )
  })

  it('adds the section when the preprompt has none', () => {
    const text = '# P\n\n## Context\n\nx\n'
    expect(addToComponentList(text, entry, ['Components'])).toBe(
      `# P\n\n## Context\n\nx\n\n## Components\n\n- ${entry}\n`
    )
  })

  it('keeps CRLF line endings', () => {
    const text = '## Components\r\n\r\n- A: [red](prompt_01_a_red.md)\r\n\r\n## Workflow\r\n'
    expect(addToComponentList(text, entry, ['Components'])).toBe(
      text.replace('red.md)\r\n', `red.md)\r\n- ${entry}\r\n`)
    )
  })
})
