/**
 * The command's edges (issue #16), in process against `main()`: a failed run
 * prints no success line, quoted globs, `--stdin`, colour, the progress line,
 * "did you mean", syntax errors with line:column, and `overrides`. The same
 * edges against the built bin, EPIPE included, are in contract/cli-edges.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {afterAll, describe, expect, test} from 'vitest'
import {main, type RunContext, type Streams} from '../src/cli/main.js'
import {configSchema} from '../src/config/config.js'
import {closest, editDistance} from '../src/config/suggest.js'
import {cleanSuite, lonelyRed, makeTree, removeTrees} from './cli-fixtures.js'

afterAll(removeTrees)

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run `main()` with fake streams: `tty` marks stdout and stderr as terminals. */
async function run(
  argv: string[],
  cwd: string,
  options: {tty?: boolean; stdin?: string | Buffer; context?: RunContext} = {}
): Promise<Run> {
  const out: string[] = []
  const err: string[] = []
  const sink = (into: string[]) =>
    Object.assign(
      new Writable({
        write(chunk: Buffer | string, _encoding, callback) {
          into.push(String(chunk))
          callback()
        }
      }),
      {isTTY: options.tty ?? false}
    )
  const streams: Streams = {stdout: sink(out), stderr: sink(err)}
  if (options.stdin !== undefined) streams.stdin = Readable.from([Buffer.from(options.stdin)])
  const code = await main(argv, cwd, streams, {env: {}, ...options.context})
  return {code, stdout: out.join(''), stderr: err.join('')}
}

const withLonelyRed = () => makeTree({...cleanSuite, [lonelyRed.path]: lonelyRed.content})

interface JsonResult {
  filePath: string
  messages: Array<{ruleId: string; severity: number; message: string}>
}
const ruleIdsOf = (stdout: string) =>
  Object.fromEntries(
    (JSON.parse(stdout) as JsonResult[]).map((file) => [
      file.filePath,
      file.messages.map((message) => message.ruleId)
    ])
  )

describe('a run that fails (exit 2) prints no success line', () => {
  test('a missing folder: the problem on stderr, exit 2, nothing on stdout', async () => {
    const result = await run(['typo_folder'], makeTree(cleanSuite))
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tdd-prompt-lint: typo_folder: no such file or folder\n'
    })
  })

  test('a missing path beside a clean one: exit 2 and no success line', async () => {
    const result = await run(['testdata', 'typo_folder'], makeTree(cleanSuite))
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
  })

  test('a missing path beside a defect: the findings are still reported', async () => {
    const result = await run([lonelyRed.path, 'typo_folder'], withLonelyRed())
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('pair')
    expect(result.stdout).not.toContain('No problems')
  })

  test('a path with control characters is escaped on stderr', async () => {
    const result = await run(['bad\u001b[31mname\nx'], makeTree(cleanSuite))
    expect(result.stderr).toBe('tdd-prompt-lint: bad\\x1b[31mname\\nx: no such file or folder\n')
  })
})

describe('quoted glob paths are expanded', () => {
  test('`orchestration/*_red.md`: the red prompts only, each with its folder in view', async () => {
    const result = await run(['-f', 'json', 'orchestration/*_red.md'], withLonelyRed())
    expect(result.code).toBe(1)
    const ids = ruleIdsOf(result.stdout)
    expect(Object.keys(ids)).toEqual([
      'orchestration/prompt_01_config_generator_red.md',
      'orchestration/prompt_02_preflight_validator_red.md',
      lonelyRed.path
    ])
    expect(ids[lonelyRed.path]).toContain('pair')
  })

  test('`**` across folders', async () => {
    const result = await run(['-f', 'json', '**/*_green.md'], withLonelyRed())
    expect(result.code).toBe(0)
    expect(Object.keys(ruleIdsOf(result.stdout))).toHaveLength(3)
  })

  test('a pattern that matches nothing: exit 2, one line, nothing linted', async () => {
    const result = await run(['nothing/*.md'], withLonelyRed())
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tdd-prompt-lint: nothing/*.md: no file matches the pattern\n'
    })
  })

  test('a pattern that could backtrack badly is refused', async () => {
    const result = await run(['*a*a*a*.md'], withLonelyRed())
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^tdd-prompt-lint: \*a\*a\*a\*\.md: the pattern has 4 wildcards/)
  })

  test('a file whose name has glob characters is taken as written', async () => {
    const name = 'orchestration/prompt_[draft].md'
    const dir = makeTree({...cleanSuite, [name]: '# Draft\n'})
    const result = await run(['-f', 'json', name], dir)
    expect(Object.keys(ruleIdsOf(result.stdout))).toEqual([name])
  })
})

describe('--stdin --stdin-filename', () => {
  test('standard input is linted as that file, its folder in view', async () => {
    const dir = makeTree(cleanSuite)
    const result = await run(['-f', 'json', '--stdin', '--stdin-filename', lonelyRed.path], dir, {
      stdin: lonelyRed.content
    })
    expect(result.code).toBe(1)
    const ids = ruleIdsOf(result.stdout)
    expect(Object.keys(ids)).toEqual([lonelyRed.path])
    expect(ids[lonelyRed.path]).toContain('pair')
  })

  test('the contents come from standard input, not from the file on disk', async () => {
    const dir = makeTree(cleanSuite)
    const red = 'orchestration/prompt_01_config_generator_red.md'
    const clean = await run(['--stdin', '--stdin-filename', red], dir, {stdin: cleanSuite[red]})
    expect(clean.code).toBe(0)
    const broken = await run(['-f', 'json', '--stdin', '--stdin-filename', red], dir, {
      stdin: cleanSuite[red]!.replace(
        '(prompt_00_orchestration_preprompt.md)',
        '(prompt_00_orch.md)'
      )
    })
    expect(broken.code).toBe(1)
    expect((JSON.parse(broken.stdout) as JsonResult[])[0]!.messages).toMatchObject([
      {ruleId: 'prompt-links', message: 'Unexpected link to missing `prompt_00_orch.md`'}
    ])
  })

  test('misuse: exit 2, one line', async () => {
    const dir = makeTree(cleanSuite)
    expect((await run(['--stdin'], dir, {stdin: ''})).stderr).toBe(
      'tdd-prompt-lint: `--stdin` needs `--stdin-filename <path>`: the path to lint standard input as\n'
    )
    expect((await run(['--stdin-filename', 'x.md'], dir)).stderr).toBe(
      'tdd-prompt-lint: `--stdin-filename` goes with `--stdin`\n'
    )
    expect(
      (await run(['--stdin', '--stdin-filename', 'x.md', 'testdata'], dir, {stdin: ''})).stderr
    ).toBe('tdd-prompt-lint: `--stdin` takes no paths, got `testdata`\n')
  })

  test('binary or oversized input: exit 2, one line', async () => {
    const dir = makeTree(cleanSuite)
    const args = ['--stdin', '--stdin-filename', lonelyRed.path]
    expect(await run(args, dir, {stdin: Buffer.from([0x89, 0, 1])})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tdd-prompt-lint: standard input is not UTF-8 text\n'
    })
    const big = await run(args, dir, {stdin: 'a'.repeat(1024 * 1024 + 1)})
    expect(big.code).toBe(2)
    expect(big.stderr).toMatch(/^tdd-prompt-lint: standard input is larger than 1 MiB/)
  })
})

describe('colour', () => {
  // eslint-disable-next-line no-control-regex
  const ansi = /\u001b\[/
  test.each([
    ['a terminal', [], {}, true, true],
    ['a pipe', [], {}, false, false],
    ['NO_COLOR on a terminal', [], {NO_COLOR: '1'}, true, false],
    ['an empty NO_COLOR', [], {NO_COLOR: ''}, true, true],
    ['FORCE_COLOR on a pipe', [], {FORCE_COLOR: '1'}, false, true],
    ['FORCE_COLOR=0 on a terminal', [], {FORCE_COLOR: '0'}, true, false],
    ['FORCE_COLOR over NO_COLOR', [], {FORCE_COLOR: '1', NO_COLOR: '1'}, false, true],
    ['--color on a pipe', ['--color'], {}, false, true],
    ['--color over NO_COLOR', ['--color'], {NO_COLOR: '1'}, false, true],
    ['--no-color on a terminal', ['--no-color'], {}, true, false],
    ['--no-color over FORCE_COLOR', ['--no-color'], {FORCE_COLOR: '1'}, true, false]
  ] as const)('%s', async (_label, flags, env, tty, coloured) => {
    const result = await run([...flags, lonelyRed.path], withLonelyRed(), {
      tty,
      context: {env: {...env}}
    })
    expect(result.code).toBe(1)
    expect(ansi.test(result.stdout)).toBe(coloured)
  })

  test('never in json', async () => {
    const result = await run(['--color', '-f', 'json', lonelyRed.path], withLonelyRed())
    expect(result.stdout).not.toMatch(ansi)
  })
})

describe('the progress line', () => {
  /** A clock that moves 1 s at every look. */
  const slowClock = () => {
    let time = 0
    return () => (time += 1000)
  }

  test('on a terminal, after 2 s: rewritten in place on stderr, then erased', async () => {
    const result = await run(['--concurrency', 'off', 'orchestration'], withLonelyRed(), {
      tty: true,
      context: {now: slowClock(), env: {NO_COLOR: '1'}}
    })
    expect(result.code).toBe(1)
    // eslint-disable-next-line no-control-regex
    expect(result.stderr).toMatch(/^\rtdd-prompt-lint: \d\/6 files\u001b\[K/)
    expect(result.stderr.endsWith('\r\u001b[K')).toBe(true)
    expect(result.stdout).not.toContain('files\u001b[K')
  })

  test('not when stderr is not a terminal', async () => {
    const result = await run(['orchestration'], withLonelyRed(), {
      context: {now: slowClock()}
    })
    expect(result.stderr).toBe('')
  })

  test('not for a run under 2 s', async () => {
    const result = await run(['orchestration'], withLonelyRed(), {
      tty: true,
      context: {now: () => 0}
    })
    expect(result.stderr).toBe('')
  })
})

describe('did you mean', () => {
  test('edit distance', () => {
    expect(editDistance('pair', 'pair')).toBe(0)
    expect(editDistance('piar', 'pair')).toBe(1)
    expect(editDistance('pairs', 'pair')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(closest('test-knid', ['test-kind', 'pair'])).toBe('test-kind')
    expect(closest('zzz', ['test-kind', 'pair'])).toBeUndefined()
  })

  test.each([
    [
      'an unknown rule',
      '{"rules": {"pairs": "warn"}}',
      'unknown key `rules.pairs` (did you mean `pair`?)'
    ],
    [
      'a misspelt rule in overrides',
      '{"overrides": [{"files": ["*.md"], "rules": {"test-knid": "off"}}]}',
      'unknown key `overrides[0].rules.test-knid` (did you mean `test-kind`?)'
    ],
    ['an unknown key', '{"suite": []}', 'unknown key `suite` (did you mean `suites`?)'],
    [
      'an unknown key in overrides',
      '{"overrides": [{"files": ["*.md"], "rule": {}}]}',
      'unknown key `overrides[0].rule` (did you mean `rules`?)'
    ],
    ['nothing close', '{"rules": {"bogus": "warn"}}', 'unknown key `rules.bogus`']
  ])('%s', async (_label, config, reason) => {
    const dir = makeTree({...cleanSuite, '.tddpromptlintrc.json': config})
    expect(await run([], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `tdd-prompt-lint: .tddpromptlintrc.json: ${reason}\n`
    })
  })

  test('an unknown flag', async () => {
    const result = await run(['--formt', 'json'], makeTree(cleanSuite))
    expect(result.stderr).toBe(
      'tdd-prompt-lint: unknown option `--formt` (did you mean `--format`?)\n'
    )
  })

  test.each([
    [['--output-file', 'report.txt'], '--output-file', '--output'],
    [['--output-file=report.txt'], '--output-file', '--output'],
    [['--print', 'a.md'], '--print', '--print-config'],
    [['new', 'refunds', '--kinds', 'unit'], '--kinds', '--kind'],
    [['new', 'refunds', '--suite-folder', 'x'], '--suite-folder', '--suite'],
    [['trace', '--formt', 'json'], '--formt', '--format']
  ])('an unknown long flag with a word more or less: %j', async (argv, flag, meant) => {
    const result = await run(argv, makeTree(cleanSuite))
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `tdd-prompt-lint: unknown option \`${flag}\` (did you mean \`${meant}\`?)\n`
    })
  })

  test('a word more or less suggests only a single candidate', () => {
    expect(closest('plan', ['plan-entries', 'plan-coverage'])).toBeUndefined()
    expect(closest('--output-file', ['--output', '--format'])).toBe('--output')
  })
})

describe('invalid JSON or YAML configuration: the line and column', () => {
  test.each([
    [
      '.tddpromptlintrc.json',
      '{\n  "rules": {\n    "pair": "warn",\n  }\n}\n',
      '4:3: invalid JSON: '
    ],
    ['.tddpromptlintrc.json', '{\n  "rules": {\n', '3:1: invalid JSON: '],
    ['.tddpromptlintrc.json', '\uFEFF{\n  "rules" 1\n}', '2:11: invalid JSON: '],
    ['.tddpromptlintrc.yaml', 'rules:\n  pair: warn\n   bad: [\n', '2:9: invalid YAML: '],
    ['.tddpromptlintrc.yml', 'suites:\n  - a\n - b\n', '3:']
  ])('%s %j', async (name, text, place) => {
    const dir = makeTree({...cleanSuite, [name]: text})
    const result = await run([], dir)
    expect(result.code).toBe(2)
    expect(result.stderr.startsWith(`tdd-prompt-lint: ${name}:${place}`), result.stderr).toBe(true)
    expect(result.stderr.split('\n')).toHaveLength(2)
  })

  test('a BOM before valid JSON is fine', async () => {
    const dir = makeTree({...cleanSuite, '.tddpromptlintrc.json': '\uFEFF{"rules": {}}'})
    expect((await run([], dir)).code).toBe(0)
  })
})

describe('overrides', () => {
  const config = (value: object) =>
    makeTree({
      ...cleanSuite,
      [lonelyRed.path]: lonelyRed.content,
      '.tddpromptlintrc.json': JSON.stringify(value)
    })

  test('a block whose files match is merged over `rules` for those files only', async () => {
    const dir = config({
      rules: {pair: 'error', 'numbering-gap': 'error'},
      overrides: [{files: ['orchestration/prompt_03_*.md'], rules: {pair: 'warn'}}]
    })
    const result = await run(['-f', 'json'], dir)
    const report = JSON.parse(result.stdout) as JsonResult[]
    const lonely = report.find((file) => file.filePath === lonelyRed.path)!
    expect(lonely.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['pair', 1]
    ])
    expect(result.code).toBe(0)
    // A green prompt left without its red elsewhere: outside the block, still an error.
    fs.writeFileSync(
      path.join(dir, 'testdata/testdata_prompt_02b_subscriber_green.md'),
      '# Green\n'
    )
    const outside = JSON.parse((await run(['-f', 'json'], dir)).stdout) as JsonResult[]
    expect(
      outside.flatMap((file) =>
        file.messages.map((message) => [file.filePath, message.ruleId, message.severity])
      )
    ).toEqual([
      [lonelyRed.path, 'pair', 1],
      ['testdata/testdata_prompt_02b_subscriber_green.md', 'pair', 2]
    ])
  })

  test('a pattern without a slash matches a file name in any folder; a later block wins', async () => {
    const dir = config({
      overrides: [
        {files: ['*_red.md'], rules: {pair: 'off'}},
        {files: ['prompt_03_conductor_red.md'], rules: {pair: 'error'}}
      ]
    })
    const result = await run(['-f', 'json'], dir)
    const ids = ruleIdsOf(result.stdout)
    expect(ids[lonelyRed.path]).toEqual(['pair'])
    expect(result.code).toBe(1)
    // Without the later block, the first one silences it.
    const first = config({overrides: [{files: ['*_red.md'], rules: {pair: 'off'}}]})
    expect(await run([], first)).toEqual({
      code: 0,
      stdout: '✔ No problems (8 files checked)\n',
      stderr: ''
    })
  })

  test('a severity alone keeps the options set before it', async () => {
    const dir = config({
      rules: {'required-sections': ['error', {sections: {red: ['Objective']}}]},
      overrides: [{files: ['testdata/**'], rules: {'required-sections': 'warn'}}]
    })
    const printed = await run(
      ['--print-config', 'testdata/testdata_prompt_01_publisher_red.md'],
      dir
    )
    const rules = (JSON.parse(printed.stdout) as {rules: Record<string, [string, object]>}).rules
    expect(rules['required-sections']).toMatchObject(['warn', {sections: {red: ['Objective']}}])
    const outside = await run(['--print-config', lonelyRed.path], dir)
    expect(
      (JSON.parse(outside.stdout) as {rules: Record<string, [string, object]>}).rules[
        'required-sections'
      ]
    ).toMatchObject(['error', {sections: {red: ['Objective']}}])
  })

  test('bad overrides: exit 2 with the key path', async () => {
    const cases: Array<[object, string]> = [
      [{overrides: [{rules: {}}]}, "`overrides[0]` must have required property 'files'"],
      [{overrides: [{files: []}]}, '`overrides[0].files` must NOT have fewer than 1 items'],
      [
        {overrides: [{files: ['*a*a*a*']}]},
        '`overrides[0].files[0]` has 4 wildcards in one path segment, expected at most 2'
      ],
      [
        {overrides: [{files: ['x'], rules: {'required-sections': ['error', {sections: 'red'}]}}]},
        '`overrides[0].rules.required-sections[1].sections` must be object'
      ],
      [
        {overrides: [{files: ['x'], rules: {'test-kind': ['error', {kinds: ['unit']}]}}]},
        'unknown key `overrides[0].rules.test-kind[1].kinds`'
      ]
    ]
    for (const [value, reason] of cases) {
      const result = await run([], config(value))
      expect(result.stderr, JSON.stringify(value)).toBe(
        `tdd-prompt-lint: .tddpromptlintrc.json: ${reason}\n`
      )
      expect(result.code).toBe(2)
    }
  })

  test('are in the JSON Schema', () => {
    const schema = configSchema() as {properties: Record<string, {items?: {required?: string[]}}>}
    expect(schema.properties.overrides?.items?.required).toEqual(['files'])
  })
})

test('the configuration file is not changed by a run', async () => {
  const dir = makeTree({...cleanSuite, '.tddpromptlintrc.json': '{"rules": {}}'})
  await run([], dir)
  expect(fs.readFileSync(path.join(dir, '.tddpromptlintrc.json'), 'utf8')).toBe('{"rules": {}}')
})
