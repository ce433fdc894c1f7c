/**
 * Property-based tests (fast-check): random markdown, random file names and
 * random suite layouts in temporary folders, fed to the rules through the engine
 * and to the command through `main()`. No exception escapes; every message has a
 * rule id and a place inside its file; a file's findings are the same linted
 * alone (fresh linter) or with its whole repository, house style included; the name `file-name`
 * proposes is one it accepts. Runs are bounded: small inputs, 40–80 runs each.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {main} from '../src/cli/main.js'
import {createLinter} from '../src/engine/lint.js'
import {formatName, learnScheme, parsePromptName, toSnakeCase} from '../src/suite/names.js'
import {capture} from './cli-fixtures.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
})

function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-property-')))
  made.push(dir)
  return dir
}

// ---------------------------------------------------------------------------
// Arbitraries

const sections = [
  '**Primary Prompt (Concise)**',
  'Prompt Changelog',
  'Context',
  'Objective',
  'Test cases',
  'Constraints',
  'Acceptance criteria',
  'Requirements',
  'Components',
  'Conventions',
  'Workflow'
]

/** Names of the prompt shape, canonical or nearly so. */
const promptName = fc
  .record({
    prefix: fc.constantFrom('', 'testdata_', 'TestData-'),
    number: fc.integer({min: 0, max: 4}),
    digits: fc.constantFrom(1, 2, 3),
    letter: fc.constantFrom('', 'b', 'B', 'a'),
    slug: fc.constantFrom('config_generator', 'publisher', 'ConfigGenerator', 'a-b', 'x'),
    kind: fc.constantFrom('red', 'green', 'preprompt', 'Red'),
    extension: fc.constantFrom('.md', '.md', '.md', '.MD', '.markdown')
  })
  .map(
    (parts) =>
      `${parts.prefix}prompt_${String(parts.number).padStart(parts.digits, '0')}${parts.letter}_${parts.slug}_${parts.kind}${parts.extension}`
  )

/** Any file name: tokens of the naming scheme, separators and odd characters. */
const anyName = fc
  .array(
    fc.constantFrom(
      'prompt',
      'Prompt',
      '_',
      '__',
      '-',
      ' ',
      '.',
      '00',
      '01',
      '1',
      '007',
      'b',
      'red',
      'green',
      'preprompt',
      'config',
      'Gen',
      'ü',
      '日本',
      '\t',
      '%20',
      '#',
      'testdata'
    ),
    {minLength: 1, maxLength: 12}
  )
  .chain((tokens) =>
    fc
      .constantFrom('.md', '.MD', '.markdown', '.md.md', '', '.txt')
      .map((extension) => tokens.join('') + extension)
  )
  .filter((name) => name !== '.' && name !== '..' && Buffer.byteLength(name) <= 200)

const word = fc.constantFrom(
  'unit',
  'integration',
  'pre-flight',
  'test',
  'the',
  'Write',
  'code',
  '`x`',
  '**bold**',
  '_em_',
  'ü',
  '日本',
  '\t',
  '  ',
  '\\',
  '<b>',
  '&amp;',
  '[x]'
)
const words = fc.array(word, {minLength: 0, maxLength: 6}).map((list) => list.join(' '))

const link = fc
  .tuple(
    fc.constantFrom('', './', '../orchestration/', '../testdata/', 'missing/'),
    fc.oneof(promptName, anyName),
    fc.constantFrom('', '#anchor', '?q=1')
  )
  .map(([dir, name, suffix]) => `${dir}${name.replace(/[ ()\t]/g, '_')}${suffix}`)

/** A line or block of markdown. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.integer({min: 1, max: 7}), fc.constantFrom(...sections), fc.constantFrom('', ':'))
    .map(([depth, name, colon]) => `${'#'.repeat(depth)} ${name}${colon}`),
  fc
    .tuple(fc.integer({min: 1, max: 6}), words)
    .map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  words,
  fc
    .tuple(fc.integer({min: 0, max: 3}), words)
    .map(([indent, text]) => `${'  '.repeat(indent)}- ${text}`),
  fc.tuple(fc.integer({min: 1, max: 3}), words).map(([n, text]) => `${n}. ${text}`),
  fc
    .tuple(fc.integer({min: 1, max: 4}), words)
    .map(([depth, text]) => `${'> '.repeat(depth)}${text}`),
  fc.tuple(words, link).map(([text, url]) => `[${text || 'link'}](${url})`),
  link.map((url) => `[ref]: ${url}`),
  fc.constantFrom(
    '```',
    '```markdown\n## Test cases\n```',
    '~~~\n[x](prompt_09_x_red.md)\n~~~',
    '<!-- comment -->',
    '<!--',
    '---',
    '***',
    'Title\n=====',
    '    indented code',
    '',
    '\u00a0',
    '\u200b',
    '| a | b |\n|---|---|',
    '**Objective:** Generate the test.',
    '**TDD Phase:** Red',
    '**TDD Phase:** Green (Write the code to make the failing tests pass).',
    '**Dependencies (Full source code to be provided):**\n\n1.  `x/x_test.go`',
    '### RV_20260112'
  ),
  fc.string({maxLength: 12})
)

/** A random document: optional front matter, fragments, line endings, BOM. */
const document = fc
  .record({
    front: fc.constantFrom('', '---\ntitle: x\n---\n', '---\na: [\n---\n', '---\nb: 1\n', '+++\n'),
    title: fc.oneof(
      fc.constant(''),
      words.map((text) => `# Red: ${text}`),
      fc
        .tuple(fc.integer({min: 0, max: 5}), fc.constantFrom('Unit Tests', 'Implementation'), words)
        .map(([n, what, text]) => `# **Prompt ${String(n).padStart(2, '0')}: ${what} for ${text}**`)
    ),
    body: fc.array(fragment, {maxLength: 12}),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    bom: fc.boolean(),
    trailing: fc.constantFrom('', '\n', ' \t')
  })
  .map(
    ({front, title, body, eol, bom, trailing}) =>
      (bom ? '\uFEFF' : '') +
      (front + [title, ...body].join('\n\n') + trailing).replace(/\r?\n/g, eol)
  )

/** A suite: one or two folders, each with a few files (names and contents). */
const layout = fc.record({
  orchestration: fc.uniqueArray(fc.tuple(fc.oneof(promptName, promptName, anyName), document), {
    minLength: 1,
    maxLength: 6,
    selector: ([name]) => name.toLowerCase()
  }),
  testdata: fc.uniqueArray(fc.tuple(promptName, document), {
    maxLength: 3,
    selector: ([name]) => name.toLowerCase()
  })
})

type Layout = {orchestration: Array<[string, string]>; testdata: Array<[string, string]>}

function writeLayout(value: Layout): {dir: string; files: string[]} {
  const dir = tempDir()
  const files: string[] = []
  for (const folder of ['orchestration', 'testdata'] as const) {
    fs.mkdirSync(path.join(dir, folder), {recursive: true})
    for (const [name, text] of value[folder]) {
      const file = path.join(dir, folder, name)
      fs.writeFileSync(file, text)
      if (/\.(md|markdown)$/i.test(name)) files.push(file)
    }
  }
  return {dir, files: files.sort()}
}

// ---------------------------------------------------------------------------
// Checks

interface Finding {
  ruleId: string | undefined
  place: string
  reason: string
  fatal: boolean | null | undefined
}

/** Findings with their places as line and column (offsets differ with CRLF, by design). */
function findingsOf(file: VFile): Finding[] {
  const point = (at: {line: number; column: number}) => `${at.line}:${at.column}`
  return file.messages.map((message) => ({
    ruleId: message.ruleId,
    place: !message.place
      ? ''
      : 'start' in message.place
        ? `${point(message.place.start)}-${point(message.place.end)}`
        : point(message.place),
    reason: message.reason,
    fatal: message.fatal
  }))
}

/**
 * Every message has a rule id and its place (start and end) within the file's lines;
 * returns how many messages were checked.
 */
function expectPlacedInside(file: VFile, text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const inside = (point: {line: number; column: number}, what: string) => {
    expect(point.line, what).toBeGreaterThanOrEqual(1)
    expect(point.line, what).toBeLessThanOrEqual(lines.length)
    expect(point.column, what).toBeGreaterThanOrEqual(1)
    expect(point.column, what).toBeLessThanOrEqual(lines[point.line - 1]!.length + 1)
  }
  for (const message of file.messages) {
    const what = `${message.ruleId}: ${message.reason}`
    expect(message.ruleId, what).toBeTruthy()
    expect(message.place, what).toBeDefined()
    const place = message.place!
    if ('start' in place) {
      inside(place.start, what)
      inside(place.end, what)
    } else {
      inside(place, what)
    }
  }
  return file.messages.length
}

/** A package of red prompts in one house style, each dropping a part or two of it. */
const styled = fc.record({
  shared: fc.subarray(
    [
      '**Objective:** Generate the test.',
      '**TDD Phase:** Red',
      '## **Primary Prompt (Concise)**\n\nGenerate `x/x_test.go`.',
      '**Dependencies (Full source code to be provided):**\n\n1.  `x/x.go`',
      '---\n\n## Prompt Changelog\n\n### RV_20260101\n\nFirst version.'
    ],
    {minLength: 2}
  ),
  prompts: fc.array(
    fc.record({drop: fc.array(fc.nat(4), {maxLength: 2}), body: document, titled: fc.boolean()}),
    {minLength: 5, maxLength: 8}
  )
})

describe('the house style', () => {
  it('gives a file the same findings linted alone as with its whole repository', async () => {
    await fc.assert(
      fc.asyncProperty(styled, async ({shared, prompts}) => {
        const dir = tempDir()
        fs.mkdirSync(path.join(dir, '.git'))
        fs.mkdirSync(path.join(dir, 'pkg'))
        fs.writeFileSync(path.join(dir, 'pkg', 'prompt_00_pkg_preprompt.md'), '# Pkg\n\nContext.\n')
        const files: string[] = []
        prompts.forEach(({drop, body, titled}, index) => {
          const number = String(index + 1).padStart(2, '0')
          const parts = shared.filter((_part, at) => !drop.includes(at))
          const title = titled ? `# **Prompt ${number}: Unit Tests for S${index}**` : '# S'
          for (const kind of ['red', 'green'] as const) {
            const name = `prompt_${number}${kind === 'green' ? 'b' : ''}_s${index}_${kind}.md`
            const file = path.join(dir, 'pkg', name)
            fs.writeFileSync(file, [title, ...parts, body].join('\n\n'))
            files.push(file)
          }
        })
        const together = createLinter({}, dir)
        const withRepository = new Map<string, Finding[]>()
        for (const file of files) withRepository.set(file, findingsOf(await together.lint(file)))
        for (const file of files) {
          const alone = await createLinter({}, dir).lint(file)
          expect(findingsOf(alone), path.relative(dir, file)).toEqual(withRepository.get(file))
        }
      }),
      {numRuns: 25}
    )
  })
})

describe('random markdown, names and suite layouts through the engine', () => {
  it('never throws, and places every message inside its file', async () => {
    let placed = 0
    await fc.assert(
      fc.asyncProperty(layout, async (value) => {
        const {dir, files} = writeLayout(value)
        const linter = createLinter({}, dir)
        for (const file of files) {
          const result = await linter.lint(file)
          const bytes = fs.readFileSync(file)
          if (result.messages.some((message) => message.ruleId === 'encoding')) continue
          placed += expectPlacedInside(result, bytes.toString('utf8'))
        }
      }),
      {numRuns: 80}
    )
    // The layouts are defective often enough that many messages were placed and checked.
    expect(placed).toBeGreaterThan(50)
  })

  it('gives a file the same findings linted alone as with its folder', async () => {
    let compared = 0
    await fc.assert(
      fc.asyncProperty(layout, async (value) => {
        const {dir, files} = writeLayout(value)
        const together = createLinter({}, dir)
        const withFolder = new Map<string, Finding[]>()
        for (const file of files) withFolder.set(file, findingsOf(await together.lint(file)))
        for (const file of files) {
          const alone = await createLinter({}, dir).lint(file)
          expect(findingsOf(alone), path.relative(dir, file)).toEqual(withFolder.get(file))
          compared += 1
        }
      }),
      {numRuns: 60}
    )
    // The layouts hold a few markdown files each: many files were compared.
    expect(compared).toBeGreaterThan(60)
  })

  it('gives the same findings for CRLF, CR, a BOM or trailing spaces as for LF', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(promptName, document), {minLength: 1, maxLength: 4}),
        fc.constantFrom('\r\n', '\r'),
        async (entries, eol) => {
          const lf = entries.map(
            ([name, text]) =>
              [name, text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')] as [string, string]
          )
          const lint = async (change: (text: string) => string) => {
            const {files} = writeLayout({
              orchestration: lf.map(([name, text]) => [name, change(text)]),
              testdata: []
            })
            const linter = createLinter({}, path.dirname(path.dirname(files[0] ?? '/x/y')))
            const out: Finding[][] = []
            for (const file of files) out.push(findingsOf(await linter.lint(file)))
            return out
          }
          const original = await lint((text) => text)
          expect(await lint((text) => '\uFEFF' + text.replace(/\n/g, eol))).toEqual(original)
        }
      ),
      {numRuns: 40}
    )
  })
})

describe('random file names', () => {
  it('read back as themselves once made canonical', () => {
    let read = 0
    fc.assert(
      fc.property(fc.oneof(promptName, anyName, fc.string({maxLength: 40})), (name) => {
        const parsed = parsePromptName(name)
        if (!parsed || Number.isNaN(parsed.number) || !parsed.slug) return
        const canonical = formatName(parsed)
        const again = parsePromptName(canonical)
        read += 1
        if (parsed.kind === 'foundation' && ['red', 'green', 'preprompt'].includes(parsed.slug)) {
          // Known ambiguity: a foundation step whose slug is a kind word (`prompt01__red .md`)
          // has no name of its own; `prompt_01_red.md` reads as a red prompt without a slug.
          expect(again, canonical).toMatchObject({kind: parsed.slug, slug: ''})
          return
        }
        expect(again, canonical).toMatchObject({
          // A preprompt is numbered 00, whatever number its name had.
          number: parsed.kind === 'preprompt' ? 0 : parsed.number,
          slug: parsed.slug,
          kind: parsed.kind,
          prefix: parsed.prefix
        })
        expect(formatName(again!)).toBe(canonical)
      }),
      // A prefix that reads as a prompt number once snake-cased (found by a random run).
      {numRuns: 2000, examples: [['prompt\t#00__prompt1-prompt01.md']]}
    )
    // The prompt-name generator makes a third of the cases, nearly all of them readable.
    expect(read).toBeGreaterThan(300)
  }, 60_000)

  it('get a proposed name from `file-name` that `file-name` accepts', async () => {
    let proposed = 0
    await fc.assert(
      fc.asyncProperty(fc.oneof(promptName, anyName), async (name) => {
        const dir = tempDir()
        fs.mkdirSync(path.join(dir, 'suite'))
        fs.writeFileSync(path.join(dir, 'suite', name), '# x\n')
        const first = await createLinter({}, dir).lint(path.join(dir, 'suite', name))
        const proposal = first.messages
          .filter((message) => message.ruleId === 'file-name')
          .map((message) => /, expected `([^`]+)`$/.exec(message.reason)?.[1])
          .find((expected) => expected && !expected.includes('<'))
        if (!proposal) return
        proposed += 1
        const parsed = parsePromptName(proposal)
        expect(parsed, proposal).toBeDefined()
        // In the naming scheme the proposal itself follows (`NNa` reds, `-` separators).
        expect(formatName(parsed!, learnScheme([parsed!]).scheme)).toBe(proposal)
        fs.renameSync(path.join(dir, 'suite', name), path.join(dir, 'suite', proposal))
        const second = await createLinter({}, dir).lint(path.join(dir, 'suite', proposal))
        expect(second.messages.filter((message) => message.ruleId === 'file-name')).toEqual([])
      }),
      {numRuns: 80}
    )
    // Most random names are misnamed prompts: many proposals were renamed to and re-linted.
    expect(proposed).toBeGreaterThan(10)
  })
})

describe('random suite layouts through the command (`main()`)', () => {
  it('exits 0, 1 or 2 with a report or one-line reasons, never an exception or a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(
        layout,
        fc.constantFrom('stylish', 'json', 'sarif', 'github'),
        fc.constantFrom<string[][]>([], ['orchestration'], ['orchestration', 'testdata'], ['.']),
        async (value, format, paths) => {
          const {dir} = writeLayout(value)
          const io = capture()
          const code = await main(['--format', format, ...paths], dir, io.streams)
          expect([0, 1, 2]).toContain(code)
          for (const line of io.stderr().split('\n').filter(Boolean)) {
            expect(line).toMatch(/^tdd-prompt-lint: /)
          }
          expect(io.stderr()).not.toMatch(/\n\s+at /)
          // A run that fails with nothing linted (no prompt file: `prompt.md` is none) prints no report.
          if (code === 2 && io.stdout() === '') expect(io.stderr()).toMatch(/^tdd-prompt-lint: /)
          else if (format === 'json' || format === 'sarif')
            expect(() => JSON.parse(io.stdout())).not.toThrow()
        }
      ),
      {numRuns: 40}
    )
  })
})

describe('snake case', () => {
  it('a name of lower-case letters, digits and underscores only loses its repeated, leading and trailing underscores', () => {
    // Such names take the short way through toSnakeCase: it must mean what the long way does.
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9_]{0,12}$/), (name) => {
        expect(toSnakeCase(name)).toBe(name.replace(/_+/g, '_').replace(/^_|_$/g, ''))
      }),
      {numRuns: 200}
    )
  })

  it('is the same once more, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 16}), (name) => {
        const once = toSnakeCase(name)
        expect(toSnakeCase(once)).toBe(once)
        expect(once).toMatch(/^(?:[a-z0-9]+(?:_[a-z0-9]+)*)?$/)
      }),
      {numRuns: 200}
    )
  })
})
