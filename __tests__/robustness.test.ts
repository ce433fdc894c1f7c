/**
 * Bad input, in process: what the engine (`createLinter`) and the rules do with
 * files that are not well-formed prompts. Each test is one row of the contract
 * (README.contract.md); the rows that need a process (sizes, memory, the CLI's
 * exit codes, symbolic links) are in contract/cli-robustness.test.ts, against the
 * built bin. The parse-time bound is tested with a tiny `limits.timeout`, never
 * by waiting out the default 10 s.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {build} from 'esbuild'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {createLinter, engineFindings, type LintSettings} from '../src/engine/lint.js'
import {isPromptFileName, parsePromptName} from '../src/suite/names.js'
import {sarif} from '../src/reporters/index.js'
import {cleanSuite, exampleSuite, makeTree, removeTrees, sarifValidator} from './cli-fixtures.js'

interface Finding {
  ruleId: string | undefined
  line: number | undefined
  column: number | undefined
  endLine: number | undefined
  endColumn: number | undefined
  reason: string
}

const red = 'orchestration/prompt_01_config_generator_red.md'
const green = 'orchestration/prompt_01b_config_generator_green.md'
const preprompt = 'orchestration/prompt_00_orchestration_preprompt.md'

/** Every finding of a linted file, in order, with its full place. */
function findings(file: VFile): Finding[] {
  return file.messages.map((message) => {
    const end = message.place && 'end' in message.place ? message.place.end : undefined
    return {
      ruleId: message.ruleId,
      line: message.line,
      column: message.column,
      endLine: end?.line,
      endColumn: end?.column,
      reason: message.reason
    }
  })
}

/** Lint every markdown file of a tree with a fresh linter (so a fresh suite model): relative path → findings. */
async function lintTree(dir: string, settings: LintSettings = {}): Promise<Map<string, VFile>> {
  const linter = createLinter(settings, dir)
  const results = new Map<string, VFile>()
  for (const name of listMarkdown(dir)) results.set(name, await linter.lint(path.join(dir, name)))
  return results
}

function listMarkdown(dir: string): string[] {
  return (fs.readdirSync(dir, {recursive: true}) as string[])
    .filter((name) => /\.md$/i.test(name))
    .map((name) => name.split(path.sep).join('/'))
    .sort()
}

/** Every message has a rule id and a place inside the file it is on. */
function expectPlacedInside(file: VFile, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length
  for (const message of file.messages) {
    expect(message.ruleId, message.reason).toBeTruthy()
    expect(message.line, message.reason).toBeGreaterThanOrEqual(1)
    expect(message.line, message.reason).toBeLessThanOrEqual(lines)
    expect(message.column, message.reason).toBeGreaterThanOrEqual(1)
  }
}

afterAll(removeTrees)

describe('empty file, whitespace only, comments only: one `empty-prompt` finding, no crash', () => {
  // In the house style of examples/, where every other prompt of a kind has its
  // sections: an empty one is reported once, not once per missing section.
  const house = 'orchestration/prompt_02_preflight_validator_red.md'
  const names = [
    [house, exampleSuite()],
    [red, cleanSuite],
    [green, cleanSuite],
    [preprompt, cleanSuite]
  ] as const
  for (const [name, suite] of names) {
    for (const [label, content] of [
      ['empty', ''],
      ['whitespace only', '  \n\t\n \r\n\n'],
      ['a comment only', '<!-- to do -->\n']
    ] as const) {
      it(`${label}: ${path.basename(name)}`, async () => {
        const dir = makeTree({...suite, [name]: content})
        const results = await lintTree(dir)
        const file = results.get(name)!
        expectPlacedInside(file, content)
        expect(findings(file)).toEqual([
          {
            ruleId: 'empty-prompt',
            line: 1,
            column: 1,
            endLine: undefined,
            endColumn: undefined,
            reason: 'Unexpected empty prompt file, expected the text of the prompt'
          }
        ])
      })
    }
  }
})

describe('invalid UTF-8, a binary file named .md, a NUL byte: one finding for that file, the rest linted', () => {
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52
  ])
  const cases: Array<[string, Buffer]> = [
    [
      'invalid UTF-8',
      Buffer.concat([Buffer.from('# Red: ConfigGenerator\n\n'), Buffer.from([0xc3, 0x28, 0x0a])])
    ],
    ['a UTF-8-encoded surrogate', Buffer.from([0x23, 0x20, 0xed, 0xa0, 0x80, 0x0a])],
    ['a truncated sequence at the end', Buffer.from([0x23, 0x20, 0x61, 0xe2, 0x82])],
    ['a binary file named .md', png],
    ['a NUL byte', Buffer.from('# Red: ConfigGenerator unit test\n\n## Context\u0000\n')]
  ]

  it.each(cases)('%s', async (_label, bytes) => {
    const dir = makeTree(cleanSuite)
    const before = await lintTree(dir)
    fs.writeFileSync(path.join(dir, red), bytes)
    const after = await lintTree(dir)
    expect(findings(after.get(red)!)).toEqual([
      {
        ruleId: 'encoding',
        line: 1,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
        reason: 'Unexpected binary or invalid UTF-8 content, expected UTF-8 text'
      }
    ])
    for (const [name, file] of after) {
      if (name !== red) expect(findings(file), name).toEqual(findings(before.get(name)!))
    }
  })
})

describe('CRLF, BOM, tabs, trailing spaces: the same findings as the LF original', () => {
  /** The methodology suite of examples/ with a finding of several rules, several of them on a range. */
  function defective(): Record<string, string> {
    const files = exampleSuite()
    const at = (name: string, change: (text: string) => string) => {
      files['orchestration/' + name] = change(files['orchestration/' + name]!)
    }
    // A red without its green, missing from the plan (`pair`, `plan-coverage`).
    files['orchestration/prompt_07_notifier_red.md'] = files[
      'orchestration/prompt_06_conductor_red.md'
    ]!.replace(/^# .*$/m, '# **Prompt 07: Unit Tests for Notifier**')
    // No changelog where the house style has one (`required-sections`).
    at('prompt_01_config_generator_red.md', (text) =>
      text.replace(/\n---\n\n## Prompt Changelog[\s\S]*$/, '\n')
    )
    // Another pair's number in the title (`title`, a range).
    at('prompt_02b_preflight_validator_green.md', (text) =>
      text.replace('# **Prompt 02:', '# **Prompt 03:')
    )
    // A link to a prompt that is not there (`prompt-links`, a range).
    at('prompt_02_preflight_validator_red.md', (text) =>
      text.replace(
        '**Your Specific Task:** Build',
        'Read [the config prompt](prompt_01_config_generater_red.md) first.\n\n**Your Specific Task:** Build'
      )
    )
    // A green file that holds a red prompt (`phase`, a range).
    at('prompt_03b_deployment_orchestrator_green.md', (text) =>
      text.replace('**TDD Phase:** Green', '**TDD Phase:** Red')
    )
    return files
  }

  async function lintVariant(change: (text: string) => string): Promise<Map<string, Finding[]>> {
    const files = defective()
    const dir = makeTree(
      Object.fromEntries(Object.entries(files).map(([name, text]) => [name, change(text)]))
    )
    const results = await lintTree(dir)
    const out = new Map<string, Finding[]>()
    for (const [name, file] of results) {
      expectPlacedInside(file, change(files[name]!))
      out.set(name, findings(file))
    }
    return out
  }

  let original: Map<string, Finding[]>
  beforeEach(async () => {
    original ??= await lintVariant((text) => text)
  })

  it('the original has findings of several rules, on ranges too', () => {
    const all = [...original.values()].flat()
    expect([...new Set(all.map((finding) => finding.ruleId))].sort()).toEqual([
      'pair',
      'phase',
      'plan-coverage',
      'prompt-links',
      'required-sections',
      'title'
    ])
    expect(all.some((finding) => finding.endLine !== undefined)).toBe(true)
  })

  it('CRLF line endings', async () => {
    expect(await lintVariant((text) => text.replace(/\n/g, '\r\n'))).toEqual(original)
  })

  it('a byte order mark', async () => {
    expect(await lintVariant((text) => '\uFEFF' + text)).toEqual(original)
  })

  it('a tab instead of the space after a heading marker, a label and between words', async () => {
    const tabbed = (text: string) =>
      text
        .replace(/^(#+) /gm, '$1\t')
        .replace(/^(\*\*[A-Z][^*\n]*:\*\*) /gm, '$1\t')
        .replace(/^(First|Your|Read) /gm, '$1\t')
    expect(tabbed(defective()[red]!)).toContain('##\t**Primary Prompt')
    expect(tabbed(defective()[red]!)).toContain('**TDD Phase:**\tRed')
    expect(await lintVariant(tabbed)).toEqual(original)
  })

  it('trailing spaces and tabs: the same findings; a range ends after them', async () => {
    const trailing = await lintVariant((text) => text.replace(/\n/g, ' \t \n'))
    const withoutEnds = (map: Map<string, Finding[]>) =>
      [...map].map(([name, list]) => [name, list.map(({endColumn: _, ...rest}) => rest)])
    expect(withoutEnds(trailing)).toEqual(withoutEnds(original))
  })

  it('all of them at once', async () => {
    const all = await lintVariant(
      (text) => '\uFEFF' + text.replace(/^(#+) /gm, '$1\t').replace(/\n/g, '\r\n')
    )
    expect(all).toEqual(original)
  })
})

describe('limits: a file too large, too deeply nested or too slow to parse gets one finding', () => {
  const bigName = 'orchestration/prompt_03_big_red.md'

  it('a file over 1 MiB is not read: one `too-large` finding, the rest linted', async () => {
    const dir = makeTree(cleanSuite)
    const before = await lintTree(dir)
    fs.writeFileSync(path.join(dir, bigName), '# Red: big\n\n' + 'word '.repeat(210_000))
    const after = await lintTree(dir)
    expect(findings(after.get(bigName)!)).toEqual([
      {
        ruleId: 'too-large',
        line: 1,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
        reason:
          'Unexpected file size 1.0 MiB (1050012 bytes), expected at most 1 MiB: the file was not read'
      }
    ])
    for (const [name, file] of after) {
      if (name !== bigName) expect(findings(file), name).toEqual(findings(before.get(name)!))
    }
  })

  it('exactly 1 MiB is read and linted', async () => {
    const dir = makeTree(cleanSuite)
    // A title with another number: a finding only its text can give.
    const head = '# Prompt 04: Unit Tests for Big\n\n'
    fs.writeFileSync(path.join(dir, bigName), head + 'a'.repeat(1024 * 1024 - head.length))
    expect(fs.statSync(path.join(dir, bigName)).size).toBe(1024 * 1024)
    const file = (await lintTree(dir)).get(bigName)!
    expect(findings(file).map((finding) => finding.ruleId)).toContain('title')
    expect(findings(file).map((finding) => finding.ruleId)).not.toContain('too-large')
  })

  it('10,000 levels of block quotes: one `too-complex` finding naming the depth', async () => {
    const dir = makeTree({...cleanSuite, [bigName]: '>'.repeat(10_000) + ' deep\n'})
    const file = (await lintTree(dir)).get(bigName)!
    expect(findings(file)).toEqual([
      {
        ruleId: 'too-complex',
        line: 1,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
        reason:
          'Unexpected markdown nested 10002 levels deep, expected at most 200: the file was not checked'
      }
    ])
  })

  it('nesting up to the limit is checked, one level more is not', async () => {
    // root → 198 block quotes → paragraph → text: 200 levels below the root.
    const at = '# Prompt 04: Unit Tests for Deep\n\n' + '> '.repeat(198) + 'deep\n'
    const over = '# Prompt 04: Unit Tests for Deep\n\n' + '> '.repeat(199) + 'deep\n'
    const dir = makeTree({...cleanSuite, [bigName]: at})
    const ok = (await lintTree(dir)).get(bigName)!
    expect(findings(ok).map((finding) => finding.ruleId)).toContain('title')
    fs.writeFileSync(path.join(dir, bigName), over)
    const refused = (await lintTree(dir)).get(bigName)!
    expect(findings(refused).map((finding) => finding.ruleId)).toEqual(['too-complex'])
  })

  it('markdown that takes too long to parse: one `too-complex` finding, the rest linted', async () => {
    // Nested list items in block quotes make micromark quadratic: this takes hours.
    const slow = '> -\n\n'.repeat(9_000) // under the line bound: the time bound stops it
    const dir = makeTree({...cleanSuite, [bigName]: slow})
    const results = await lintTree(dir, {limits: {timeout: 200}})
    expect(findings(results.get(bigName)!)).toEqual([
      {
        ruleId: 'too-complex',
        line: 1,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
        reason:
          'Unexpected markdown that takes longer than 0.2 s to check, expected simpler markdown: the file was not checked'
      }
    ])
    expect(findings(results.get(red)!)).toEqual([])
  })
})

describe('files checked in one batch (`lintMany`) share a time bound only as they start', () => {
  it('a slow file among others: its own `too-complex` finding, the others as if alone', async () => {
    const slowName = 'orchestration/prompt_02_slow_red.md'
    const dir = makeTree({...cleanSuite, [slowName]: '> -\n\n'.repeat(9_000)})
    const linter = createLinter({limits: {timeout: 200}}, dir)
    const names = listMarkdown(dir)
    const batch = linter.lintMany(names.map((name) => path.join(dir, name)))
    const alone = await lintTree(dir, {limits: {timeout: 200}})
    expect(names.indexOf(slowName)).toBeGreaterThan(0)
    expect(names.indexOf(slowName)).toBeLessThan(names.length - 1)
    names.forEach((name, index) => {
      expect(findings(batch[index]!), name).toEqual(findings(alone.get(name)!))
    })
    expect(findings(batch[names.indexOf(slowName)]!).map((each) => each.ruleId)).toEqual([
      'too-complex'
    ])
  })

  it('files that together take longer than the bound, each well within it: none stopped', () => {
    const dir = makeTree(cleanSuite)
    const linter = createLinter({limits: {timeout: 1000}}, dir)
    // Each file's check takes 200 ms (its facts, asked once per file); 7 take 1.4 s in all.
    const own = linter.model.own.bind(linter.model)
    const slowed = new Set<unknown>()
    linter.model.own = (file) => {
      if (!slowed.has(file)) {
        slowed.add(file)
        for (const until = performance.now() + 200; performance.now() < until;);
      }
      return own(file)
    }
    const names = listMarkdown(dir)
    expect(names).toHaveLength(7)
    const results = linter.lintMany(names.map((name) => path.join(dir, name)))
    expect(slowed.size).toBeGreaterThanOrEqual(6)
    const ids = results.flatMap((file) => findings(file).map((each) => each.ruleId))
    expect(ids).not.toContain('too-complex')
  })
})

describe('markdown too slow to parse (deep lists, nested emphasis): one `too-complex` finding', () => {
  const slow = {
    '10,000 nested list markers': '- '.repeat(10_000) + 'deep\n',
    '700 levels of indented list items': Array.from(
      {length: 700},
      (_, depth) => '  '.repeat(depth) + '- item'
    ).join('\n'),
    'nested strong emphasis (commonmark’s pathological case)':
      '*a **a '.repeat(10_000) + 'b' + ' a** a*'.repeat(10_000) + '\n'
  }
  it.each(Object.entries(slow))('%s', async (_label, text) => {
    const name = 'orchestration/prompt_03_slow_red.md'
    const dir = makeTree({...cleanSuite, [name]: text})
    const results = await lintTree(dir, {limits: {timeout: 100}})
    expect(findings(results.get(name)!).map((finding) => finding.ruleId)).toEqual(['too-complex'])
    expect(findings(results.get(red)!)).toEqual([])
  })
})

it('the engine’s own findings are rules of the SARIF log, which stays valid', async () => {
  const dir = makeTree(cleanSuite)
  fs.writeFileSync(
    path.join(dir, 'orchestration/prompt_03_big_red.md'),
    'x'.repeat(1024 * 1024 + 1)
  )
  fs.writeFileSync(path.join(dir, 'orchestration/prompt_04_deep_red.md'), '>'.repeat(300) + ' x\n')
  const results = [...(await lintTree(dir)).values()]
  const log = JSON.parse(sarif(results, {cwd: dir}))
  expect(sarifValidator()(log)).toEqual([])
  const run = log.runs[0]
  const ruleOf = (result: {ruleIndex: number}) => run.tool.driver.rules[result.ruleIndex].id
  const engine = run.results.filter((result: {ruleId: string}) => result.ruleId.startsWith('too-'))
  expect(engine.map(ruleOf).sort()).toEqual(['too-complex', 'too-large'])
  for (const id of Object.keys(engineFindings)) {
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toContain(id)
  }
})

describe('files that are not regular files: one `unreadable` finding, no hang', () => {
  const odd = 'orchestration/prompt_03_odd_red.md'

  it('a symbolic link to a character device (/dev/zero)', async () => {
    const dir = makeTree(cleanSuite)
    fs.symlinkSync('/dev/zero', path.join(dir, odd))
    expect(findings((await lintTree(dir)).get(odd)!)).toEqual([
      {
        ruleId: 'unreadable',
        line: 1,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
        reason: 'Cannot read file: not a regular file'
      }
    ])
  })

  it('a named pipe with no writer', async ({skip}) => {
    const dir = makeTree(cleanSuite)
    const {execFileSync} = await import('node:child_process')
    try {
      execFileSync('mkfifo', [path.join(dir, odd)])
    } catch {
      skip('mkfifo is not available')
    }
    const file = await createLinter({}, dir).lint(path.join(dir, odd))
    expect(findings(file).map((finding) => finding.reason)).toEqual([
      'Cannot read file: not a regular file'
    ])
  })

  it('a symbolic link that leads outside the working folder is not read', async () => {
    const dir = makeTree(cleanSuite)
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-outside-'))
    const secret = path.join(outside, 'secret.md')
    fs.writeFileSync(secret, '# token ghp_secret\n\n## Context\n')
    fs.symlinkSync(secret, path.join(dir, odd))
    fs.symlinkSync(
      'prompt_01_config_generator_red.md',
      path.join(dir, 'orchestration/prompt_04_inside_red.md')
    )
    const results = await lintTree(dir)
    expect(findings(results.get(odd)!)).toEqual([
      {
        ruleId: 'unreadable',
        line: 1,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
        reason: 'Cannot read file: a symbolic link that leads outside the working folder'
      }
    ])
    const inside = findings(results.get('orchestration/prompt_04_inside_red.md')!)
    expect(inside.map((finding) => finding.ruleId)).not.toContain('unreadable')
    fs.rmSync(outside, {recursive: true, force: true})
  })

  it('a dangling symbolic link and a symbolic link loop', async () => {
    const dir = makeTree(cleanSuite)
    fs.symlinkSync('prompt_09_gone_red.md', path.join(dir, odd))
    fs.symlinkSync('prompt_05_b_red.md', path.join(dir, 'orchestration/prompt_04_a_red.md'))
    fs.symlinkSync('prompt_04_a_red.md', path.join(dir, 'orchestration/prompt_05_b_red.md'))
    const results = await lintTree(dir)
    expect(findings(results.get(odd)!).map((finding) => finding.reason)).toEqual([
      'Cannot read file: a symbolic link to a missing file'
    ])
    expect(
      findings(results.get('orchestration/prompt_04_a_red.md')!).map((finding) => finding.reason)
    ).toEqual(['Cannot read file: symbolic link loop'])
  })
})

/** The worst shapes for two lazy groups each followed by a run of separators, `count` of each. */
function worstNames(count: number): string[] {
  const names = []
  for (let a = 0; a < count; a++) {
    const left = a % 200
    const right = 240 - left
    names.push(
      '_'.repeat(left) + 'prompt1' + '_'.repeat(right) + 'x.md',
      '-'.repeat(left) + 'prompt_1_' + '_-'.repeat(right >> 1) + 'red.m',
      'a_'.repeat(left >> 1) + 'prompt_1' + '_'.repeat(right - 4) + 'redx.md'
    )
  }
  return names
}

describe('names with spaces, unicode, upper case .MD, very long names: per the naming rule, no crash', () => {
  const fileName = async (name: string): Promise<string[]> => {
    const dir = makeTree({...cleanSuite, ['orchestration/' + name]: '# Red: x unit test\n'})
    const file = (await lintTree(dir)).get('orchestration/' + name)!
    return findings(file)
      .filter((finding) => finding.ruleId === 'file-name')
      .map((finding) => finding.reason)
  }

  it('a space in the slug', async () => {
    expect(await fileName('prompt_03_config generator_red.md')).toEqual([
      'Unexpected file name `prompt_03_config generator_red.md` (slug `config generator` is not lower snake case), expected `prompt_03_config_generator_red.md`'
    ])
  })

  it('accented letters in the slug: the expected name drops the accents', async () => {
    expect(await fileName('prompt_03_konfigurätor_red.md')).toEqual([
      'Unexpected file name `prompt_03_konfigurätor_red.md` (slug `konfigurätor` is not lower snake case), expected `prompt_03_konfigurator_red.md`'
    ])
  })

  it('a slug with no latin letter or digit: no made-up name', async () => {
    expect(await fileName('prompt_03_日本_red.md')).toEqual([
      'Unexpected file name `prompt_03_日本_red.md` (slug `日本` has no letter a-z or digit), expected `prompt_03_<slug>_red.md`'
    ])
  })

  it('upper case and an upper case .MD extension', async () => {
    expect(await fileName('PROMPT_03_X_RED.MD')).toEqual([
      'Unexpected file name `PROMPT_03_X_RED.MD` (upper case, extension `.MD`), expected `prompt_03_x_red.md`'
    ])
  })

  it('a 251-character name of the right shape is fine; odd 255-character names get a short proposal', async () => {
    const long = 'prompt_03_' + 'long_'.repeat(47) + 'red.md'
    expect(long).toHaveLength(251)
    expect(await fileName(long)).toEqual([])
    // `prompt` and a number: a foundation prompt, named wrongly.
    const padded = '_'.repeat(120) + 'prompt1' + '_'.repeat(120) + 'x.md'
    expect(await fileName(padded)).toEqual([
      `Unexpected file name \`${padded}\` (one-digit number \`1\`), expected \`prompt_01_x.md\``
    ])
    const dashed = ('prompt_1_' + '-'.repeat(120) + '_red').padEnd(252, '_') + '.md'
    expect(await fileName(dashed)).toEqual([
      // It reads as a red prompt with no slug (as its canonical form `prompt_01_red.md` would).
      `Unexpected file name \`${dashed}\` (one-digit number \`1\`, no slug), expected \`prompt_01_<slug>_red.md\``
    ])
    // No number: a document, not a prompt, whose name is none of the rule's business.
    const spaced = 'prompt' + ' x'.repeat(123) + '.md'
    expect(await fileName(spaced)).toEqual([])
    for (const name of [padded, dashed, spaced]) expect(name.length).toBeLessThanOrEqual(255)
  })

  it('names cannot make the name parser backtrack for long (a process with a generous timeout)', async () => {
    // The worst shapes for two lazy groups each followed by a run of separators:
    // thousands of 255-character names, each slow to reject for a backtracking
    // pattern, are parsed in a child process that must finish within the timeout.
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-names-')), 'names.mjs')
    await build({
      entryPoints: [path.join(import.meta.dirname, '..', 'src', 'suite', 'names.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'silent'
    })
    const script = `
      import {parsePromptName, isPromptFileName} from ${JSON.stringify(out)}
      ${worstNames.toString()}
      const kinds = {}
      for (const name of worstNames(3000)) {
        const kind = isPromptFileName(name) ? (parsePromptName(name)?.kind ?? 'unparsed') : 'document'
        kinds[kind] = (kinds[kind] ?? 0) + 1
      }
      console.log(JSON.stringify(kinds))
    `
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000
    })
    fs.rmSync(path.dirname(out), {recursive: true, force: true})
    expect(result.error, 'the child process timed out').toBeUndefined()
    expect(result.stderr).toBe('')
    // The bundle reads the names as the sources do (in process, a sample).
    const kinds: Record<string, number> = {}
    for (const name of worstNames(3000)) {
      const kind = isPromptFileName(name) ? (parsePromptName(name)?.kind ?? 'unparsed') : 'document'
      kinds[kind] = (kinds[kind] ?? 0) + 1
    }
    expect(JSON.parse(result.stdout)).toEqual(kinds)
    expect(kinds).toEqual({foundation: 6000, document: 3000})
  })
})

describe('malformed front matter: a finding naming the line, the body still linted', () => {
  // The red prompt of the fixture with a link to a missing preprompt on its line 3,
  // so that the body has a finding of its own, placed after the front matter.
  const body = cleanSuite[red]!.replace(
    '(prompt_00_orchestration_preprompt.md)',
    '(prompt_00_orch.md)'
  )
  const bodyFinding = 'Unexpected link to missing `prompt_00_orch.md`'
  /** The line of the body's finding under `lines` lines of front matter (blank line included). */
  const bodyLine = (lines: number) => 5 + lines

  async function lintRed(text: string): Promise<Finding[]> {
    const dir = makeTree({...cleanSuite, [red]: text})
    const file = (await lintTree(dir)).get(red)!
    expectPlacedInside(file, text)
    return findings(file)
  }

  it('valid front matter changes nothing', async () => {
    const plain = await lintRed(body)
    expect(
      plain.map((finding) => [finding.ruleId, finding.line, finding.column, finding.reason])
    ).toEqual([['prompt-links', bodyLine(0), 22, bodyFinding]])
    const fronted = await lintRed('---\ntitle: ConfigGenerator\ntags: [unit]\n---\n\n' + body)
    expect(
      fronted.map((finding) => [finding.ruleId, finding.line, finding.column, finding.reason])
    ).toEqual([['prompt-links', bodyLine(5), 22, bodyFinding]])
  })

  it('invalid YAML: `front-matter` on the line of the error, and the body’s own findings', async () => {
    const result = await lintRed('---\ntitle: ConfigGenerator\nowner: "platform\n---\n\n' + body)
    expect(result.map((finding) => [finding.ruleId, finding.line, finding.reason])).toEqual([
      ['prompt-links', bodyLine(5), bodyFinding],
      [
        'front-matter',
        3,
        'Unexpected YAML in the front matter (Missing closing "quote), expected valid YAML'
      ]
    ])
  })

  it('the same with CRLF line endings and a byte order mark', async () => {
    const text = '\uFEFF---\r\ntitle: a\r\ntitle: b\r\n---\r\n\r\n' + body.replace(/\n/g, '\r\n')
    const result = await lintRed(text)
    expect(result.map((finding) => [finding.ruleId, finding.line, finding.column])).toEqual([
      ['prompt-links', bodyLine(5), 22],
      ['front-matter', 3, 1]
    ])
  })

  it('the same with old Mac line endings (CR alone), which `yaml` does not break lines at', async () => {
    const text = '---\rtitle: a\rowner: b\rtitle: c\r---\r\r' + body.replace(/\n/g, '\r')
    const result = await lintRed(text)
    expect(result.map((finding) => [finding.ruleId, finding.line, finding.column])).toEqual([
      ['prompt-links', bodyLine(6), 22],
      ['front-matter', 4, 1]
    ])
  })

  it('an unclosed `---` block: `front-matter` on line 1, the rest read as markdown', async () => {
    const result = await lintRed('---\ntitle: ConfigGenerator\n\n' + body)
    expect(result.map((finding) => [finding.ruleId, finding.line, finding.reason])).toEqual([
      ['prompt-links', bodyLine(3), bodyFinding],
      [
        'front-matter',
        1,
        'Unexpected front matter that is never closed, expected a `---` line after it'
      ]
    ])
  })

  it('a YAML alias bomb is an error, not a hang or a crash', async () => {
    const levels = Array.from(
      {length: 9},
      (_, index) => `l${index + 1}: &l${index + 1} [${Array(9).fill(`*l${index}`).join(', ')}]`
    )
    const text = `---\nl0: &l0 [lol]\n${levels.join('\n')}\n---\n\n${body}`
    const result = await lintRed(text)
    expect(result.map((finding) => [finding.ruleId, finding.line])).toEqual([
      ['prompt-links', bodyLine(13)],
      ['front-matter', 3]
    ])
    expect(result[1]!.reason).toContain('Excessive alias count')
  })
})
