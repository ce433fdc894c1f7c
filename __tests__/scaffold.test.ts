/**
 * Scaffolding logic (`src/scaffold.ts`): the files `init` and `new` write, the
 * preprompt's component list they extend, and what they refuse. Every scaffold
 * is linted with the real engine: the only findings left must be the empty
 * sections the author fills in.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {createLinter, type LintSettings} from '../src/lint.js'
import {
  addToComponentList,
  initSuite,
  newPair,
  scaffoldConfig,
  ScaffoldError
} from '../src/scaffold.js'
import {clearSuiteCache} from '../src/suite.js'

const examples = path.join(import.meta.dirname, '..', 'examples')
const emptySection = /^Unexpected empty section `.+`, expected content under it$/

let root: string

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-scaffold-')))
  clearSuiteCache()
})

afterEach(() => {
  fs.rmSync(root, {recursive: true, force: true})
  clearSuiteCache()
})

/** Copy example folders into the temp root. */
function copyExamples(...folders: string[]): void {
  for (const folder of folders) {
    fs.cpSync(path.join(examples, folder), path.join(root, folder), {recursive: true})
  }
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

interface Finding {
  file: string
  ruleId: string | undefined
  reason: string
}

/** Lint files (relative to the root) with the real engine. */
async function lint(files: string[], settings: LintSettings = {}): Promise<Finding[]> {
  clearSuiteCache()
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

function markdownIn(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(folder, name))
}

function read(file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8')
}

/** The findings that are not the expected empty-section ones. */
function structural(findings: Finding[]): Finding[] {
  return findings.filter(
    (finding) => !(finding.ruleId === 'required-sections' && emptySection.test(finding.reason))
  )
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
  it('reads the rules’ defaults', () => {
    const config = scaffoldConfig({}, root)
    const required = rules.find((rule) => rule.meta.id === 'required-sections')
    expect(config.sections).toEqual((required?.meta.defaults as {sections: unknown}).sections)
    expect(config.kinds).toEqual(['unit', 'integration', 'pre-flight', 'end-to-end'])
    expect(config.componentSections).toEqual(['Components'])
    expect(config.preprompts).toEqual({})
  })

  it('merges configured options over the defaults, one level deep', () => {
    const config = scaffoldConfig(
      {
        rules: {
          'required-sections': ['warn', {sections: {red: ['Goal', 'Cases']}}],
          'test-kind': ['error', {kinds: ['property']}],
          'preprompt-index': ['error', {sections: ['Index']}],
          'preprompt-reference': ['error', {preprompts: {extra: 'shared/prompt_00_x_preprompt.md'}}]
        },
        preprompts: {[path.join(root, 'more')]: path.join(root, 'shared/prompt_00_y_preprompt.md')}
      },
      root
    )
    expect(config.sections.red).toEqual(['Goal', 'Cases'])
    expect(config.sections.green).toContain('Requirements')
    expect(config.kinds).toEqual(['property'])
    expect(config.componentSections).toEqual(['Index'])
    expect(config.preprompts).toEqual({
      [path.join(root, 'more')]: path.join(root, 'shared/prompt_00_y_preprompt.md'),
      [path.join(root, 'extra')]: path.join(root, 'shared/prompt_00_x_preprompt.md')
    })
  })
})

describe('initSuite', () => {
  it('writes a preprompt with every required section, creating the folder', () => {
    const result = initSuite({folder: 'pkg/orchestration', packageName: 'orchestration', cwd: root})
    const file = path.join(root, 'pkg/orchestration/prompt_00_orchestration_preprompt.md')
    expect(result.written).toEqual([file])
    const text = read('pkg/orchestration/prompt_00_orchestration_preprompt.md')
    expect(text.split('\n')[0]).toBe('# Orchestration preprompt')
    for (const name of ['Context', 'Components', 'Conventions', 'Workflow']) {
      expect(text).toMatch(new RegExp(`^## ${name}\\n\\n<!-- .+ -->$`, 'm'))
    }
    expect(text.endsWith('\n')).toBe(true)
  })

  it('converts a package name to lower snake case', () => {
    initSuite({folder: 'a', packageName: 'MyPackage', cwd: root})
    initSuite({folder: 'b', packageName: 'test-data', cwd: root})
    expect(fs.readdirSync(path.join(root, 'a'))).toEqual(['prompt_00_my_package_preprompt.md'])
    expect(read('b/prompt_00_test_data_preprompt.md')).toMatch(/^# Test data preprompt\n/)
  })

  it('uses the prefix the folder’s prompts already use', () => {
    copyExamples('testdata')
    initSuite({folder: 'testdata', packageName: 'services', cwd: root})
    expect(
      fs.existsSync(path.join(root, 'testdata/testdata_prompt_00_services_preprompt.md'))
    ).toBe(true)
  })

  it('lists the pairs a folder already has in the new component list', async () => {
    copyExamples('testdata')
    initSuite({folder: 'testdata', packageName: 'services', cwd: root})
    const preprompt = 'testdata/testdata_prompt_00_services_preprompt.md'
    expect(read(preprompt)).toContain(
      '- Publisher: [red](testdata_prompt_01_publisher_red.md), [green](testdata_prompt_01b_publisher_green.md)\n' +
        '- Subscriber: [red](testdata_prompt_02_subscriber_red.md), [green](testdata_prompt_02b_subscriber_green.md)\n' +
        '- Director: [red](testdata_prompt_03_director_red.md), [green](testdata_prompt_03b_director_green.md)\n'
    )
    expect(structural(await lint([preprompt]))).toEqual([])
  })

  it('rejects package names the naming rule would reject', () => {
    fs.mkdirSync(path.join(root, 'suite'))
    const before = snapshot()
    for (const name of ['', 'a/b', '..', 'über', 'my package', '_x', 'a--b']) {
      expect(
        refusal(() => initSuite({folder: 'suite', packageName: name, cwd: root})).message
      ).toMatch(/package name/)
    }
    expect(snapshot()).toEqual(before)
  })

  it('refuses a folder that already has a preprompt', () => {
    copyExamples('orchestration')
    const before = snapshot()
    const error = refusal(() =>
      initSuite({folder: 'orchestration', packageName: 'other', cwd: root})
    )
    expect(error.message).toContain('prompt_00_orchestration_preprompt.md')
    expect(snapshot()).toEqual(before)
  })

  it('refuses a path that is a file', () => {
    fs.writeFileSync(path.join(root, 'suite'), 'not a folder\n')
    const before = snapshot()
    refusal(() => initSuite({folder: 'suite', packageName: 'x', cwd: root}))
    expect(snapshot()).toEqual(before)
  })
})

describe('newPair', () => {
  it('scaffolds a fresh suite that passes every rule but the empty-section check', async () => {
    initSuite({folder: 'orchestration', packageName: 'orchestration', cwd: root})
    const first = newPair({slug: 'config_gen', suite: 'orchestration', cwd: root})
    const second = newPair({
      slug: 'iam_orchestrator',
      suite: 'orchestration',
      kind: 'integration',
      cwd: root
    })
    const dir = path.join(root, 'orchestration')
    const preprompt = path.join(dir, 'prompt_00_orchestration_preprompt.md')
    expect(first).toEqual({
      written: [
        path.join(dir, 'prompt_01_config_gen_red.md'),
        path.join(dir, 'prompt_01b_config_gen_green.md')
      ],
      updated: [preprompt],
      preprompt
    })
    expect(second.written.map((file) => path.basename(file))).toEqual([
      'prompt_02_iam_orchestrator_red.md',
      'prompt_02b_iam_orchestrator_green.md'
    ])

    const red = read('orchestration/prompt_01_config_gen_red.md')
    expect(red.split('\n')[0]).toBe('# Red: Config gen unit test')
    expect(red).toContain('](prompt_00_orchestration_preprompt.md)')
    for (const name of [
      'Context',
      'Objective',
      'Test cases',
      'Constraints',
      'Acceptance criteria'
    ]) {
      expect(red).toMatch(new RegExp(`^## ${name}$`, 'm'))
    }
    expect(read('orchestration/prompt_02_iam_orchestrator_red.md').split('\n')[0]).toBe(
      '# Red: Iam orchestrator integration test'
    )
    const green = read('orchestration/prompt_01b_config_gen_green.md')
    expect(green.split('\n')[0]).toBe('# Green: Config gen')
    expect(green).toContain('](prompt_01_config_gen_red.md)')
    expect(green).toContain('](prompt_00_orchestration_preprompt.md)')
    for (const name of ['Context', 'Objective', 'Requirements', 'Constraints']) {
      expect(green).toMatch(new RegExp(`^## ${name}$`, 'm'))
    }
    expect(read('orchestration/prompt_00_orchestration_preprompt.md')).toContain(
      '- Config gen: [red](prompt_01_config_gen_red.md), [green](prompt_01b_config_gen_green.md)\n' +
        '- Iam orchestrator: [red](prompt_02_iam_orchestrator_red.md), [green](prompt_02b_iam_orchestrator_green.md)\n'
    )

    const findings = await lint(markdownIn('orchestration'))
    expect(structural(findings)).toEqual([])
    // Every file still has its empty sections to fill in, reported as such.
    const files = new Set(findings.map((finding) => finding.file))
    expect(files.size).toBe(5)
    // The component list is no longer empty; the other preprompt sections are.
    expect(
      findings
        .filter((finding) => finding.file.endsWith('preprompt.md'))
        .map((finding) => finding.reason)
    ).toEqual([
      'Unexpected empty section `Context`, expected content under it',
      'Unexpected empty section `Conventions`, expected content under it',
      'Unexpected empty section `Workflow`, expected content under it'
    ])
  })

  it('adds pair 07 to the example suite and keeps its preprompt index clean', async () => {
    copyExamples('orchestration', 'testdata')
    const preprompt = 'orchestration/prompt_00_orchestration_preprompt.md'
    const before = await lint([preprompt])
    const original = read(preprompt)

    const result = newPair({
      slug: 'cache_warmer',
      suite: path.join(root, 'orchestration'),
      kind: 'unit',
      cwd: root
    })
    expect(result.written).toEqual([
      path.join(root, 'orchestration/prompt_07_cache_warmer_red.md'),
      path.join(root, 'orchestration/prompt_07b_cache_warmer_green.md')
    ])
    expect(result.updated).toEqual([path.join(root, preprompt)])

    const updated = read(preprompt)
    const item =
      '7. Cache warmer: [red](prompt_07_cache_warmer_red.md), [green](prompt_07b_cache_warmer_green.md)'
    expect(updated.split('\n').filter((line) => line === item)).toHaveLength(1)
    // Appended right after item 6 of the ordered list, nothing else changed.
    const six = original.split('\n').findIndex((line) => line.startsWith('6. '))
    expect(updated.split('\n')[six + 1]).toBe(item)
    expect(updated.replace(item + '\n', '')).toBe(original)

    const after = await lint([preprompt])
    expect(after.filter((finding) => finding.ruleId === 'preprompt-index')).toEqual([])
    expect(after).toEqual(before)
    expect(after).toEqual([])
    expect(structural(await lint(markdownIn('orchestration')))).toEqual([])
  })

  it('adds a pair to testdata, linking the preprompt it borrows without editing it', async () => {
    copyExamples('orchestration', 'testdata')
    const before = snapshot()
    const result = newPair({slug: 'archiver', suite: 'testdata', kind: 'pre-flight', cwd: root})
    expect(result.written).toEqual([
      path.join(root, 'testdata/testdata_prompt_04_archiver_red.md'),
      path.join(root, 'testdata/testdata_prompt_04b_archiver_green.md')
    ])
    expect(result.updated).toEqual([])
    expect(result.preprompt).toBe(
      path.join(root, 'orchestration/prompt_00_orchestration_preprompt.md')
    )
    const after = snapshot()
    for (const [file, hash] of Object.entries(before)) expect(after[file]).toBe(hash)

    const red = read('testdata/testdata_prompt_04_archiver_red.md')
    expect(red.split('\n')[0]).toBe('# Red: Archiver pre-flight test')
    expect(red).toContain('](../orchestration/prompt_00_orchestration_preprompt.md)')
    expect(read('testdata/testdata_prompt_04b_archiver_green.md')).toContain(
      '](testdata_prompt_04_archiver_red.md)'
    )
    expect(structural(await lint(markdownIn('testdata')))).toEqual([])
  })

  it('links the configured preprompt of a folder that has none', async () => {
    copyExamples('orchestration')
    fs.mkdirSync(path.join(root, 'extra'))
    const preprompts = {
      [path.join(root, 'extra')]: path.join(
        root,
        'orchestration/prompt_00_orchestration_preprompt.md'
      )
    }
    const config = scaffoldConfig({preprompts}, root)
    const before = snapshot()
    const result = newPair({slug: 'probe', suite: 'extra', cwd: root, config})
    expect(result.updated).toEqual([])
    expect(read('extra/prompt_01_probe_red.md')).toContain(
      '](../orchestration/prompt_00_orchestration_preprompt.md)'
    )
    const after = snapshot()
    for (const [file, hash] of Object.entries(before)) expect(after[file]).toBe(hash)
    expect(structural(await lint(markdownIn('extra'), {preprompts}))).toEqual([])
  })

  it('uses the folder’s own preprompt over a configured one', () => {
    initSuite({folder: 'own', packageName: 'own', cwd: root})
    initSuite({folder: 'other', packageName: 'other', cwd: root})
    const config = scaffoldConfig(
      {
        preprompts: {
          [path.join(root, 'own')]: path.join(root, 'other/prompt_00_other_preprompt.md')
        }
      },
      root
    )
    const result = newPair({slug: 'x', suite: 'own', cwd: root, config})
    expect(result.preprompt).toBe(path.join(root, 'own/prompt_00_own_preprompt.md'))
  })

  it('scaffolds the sections and kinds a configuration asks for', async () => {
    const settings: LintSettings = {
      rules: {
        'required-sections': [
          'error',
          {sections: {preprompt: ['Background', 'Index'], red: ['Goal', 'Cases'], green: ['Goal']}}
        ],
        'test-kind': ['error', {kinds: ['property', 'contract'], sections: ['Goal']}],
        'preprompt-index': ['error', {sections: ['Index']}]
      }
    }
    const config = scaffoldConfig(settings, root)
    initSuite({folder: 'suite', packageName: 'pkg', cwd: root, config})
    expect(() => newPair({slug: 'parser', suite: 'suite', cwd: root, config})).not.toThrow()
    newPair({slug: 'printer', suite: 'suite', kind: 'contract', cwd: root, config})
    const before = snapshot()
    expect(
      refusal(() => newPair({slug: 'lexer', suite: 'suite', kind: 'unit', cwd: root, config}))
        .message
    ).toBe('unknown test kind `unit`, expected `property` or `contract`')
    expect(snapshot()).toEqual(before)

    const preprompt = read('suite/prompt_00_pkg_preprompt.md')
    expect(preprompt).toMatch(/^## Background$/m)
    expect(preprompt).toMatch(
      /^## Index\n\n<!-- .+ -->\n\n- Parser: \[red\]\(prompt_01_parser_red\.md\), \[green\]\(prompt_01b_parser_green\.md\)\n- Printer: /m
    )
    expect(preprompt).not.toMatch(/^## (Context|Components)$/m)
    const red = read('suite/prompt_01_parser_red.md')
    expect(red.split('\n')[0]).toBe('# Red: Parser property test')
    expect(red).not.toMatch(/^## Context$/m)
    // Without a Context section the links go right under the title.
    expect(red).toMatch(/^# Red: .+\n\n.*\]\(prompt_00_pkg_preprompt\.md\)/)
    expect(read('suite/prompt_02_printer_red.md').split('\n')[0]).toBe(
      '# Red: Printer contract test'
    )
    expect(read('suite/prompt_02b_printer_green.md')).toContain('](prompt_02_printer_red.md)')
    expect(structural(await lint(markdownIn('suite'), settings))).toEqual([])
  })

  it('accepts a kind written another way and uses the configured spelling', () => {
    initSuite({folder: 'suite', packageName: 'pkg', cwd: root})
    newPair({slug: 'probe', suite: 'suite', kind: 'Preflight', cwd: root})
    expect(read('suite/prompt_01_probe_red.md').split('\n')[0]).toBe('# Red: Probe pre-flight test')
  })

  it('defaults the suite to the working directory', () => {
    initSuite({folder: 'suite', packageName: 'pkg', cwd: root})
    const result = newPair({slug: 'probe', cwd: path.join(root, 'suite')})
    expect(result.written[0]).toBe(path.join(root, 'suite/prompt_01_probe_red.md'))
  })

  describe('refusals leave every file unchanged', () => {
    beforeEach(() => copyExamples('orchestration', 'testdata'))

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

    it('rejects an unknown kind', () => {
      const before = snapshot()
      expect(
        refusal(() => newPair({slug: 'x', suite: 'orchestration', kind: 'fuzz', cwd: root})).message
      ).toBe(
        'unknown test kind `fuzz`, expected `unit`, `integration`, `pre-flight` or `end-to-end`'
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

    it('refuses a folder with no preprompt to link', () => {
      fs.mkdirSync(path.join(root, 'lonely'))
      const before = snapshot()
      expect(refusal(() => newPair({slug: 'x', suite: 'lonely', cwd: root})).message).toMatch(
        /^no preprompt for `lonely`/
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
