/** The command, called as a function with fake streams: the finer cases. */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, test, vi} from 'vitest'
import {rules} from '../rules/index.js'
import {main} from '../src/cli/main.js'
import {
  capture,
  cleanSuite,
  gappedPair,
  lonelyRed,
  makeTree,
  removeTrees,
  writeFiles
} from './cli-fixtures.js'
import pkg from '../package.json' with {type: 'json'}

vi.mock('../src/cli/scaffold-commands.js', () => ({
  runInit: vi.fn(async () => 0),
  runNew: vi.fn(async () => 3)
}))

afterEach(() => {
  removeTrees()
  vi.unstubAllEnvs()
})

async function run(argv: string[], cwd: string, tty = false) {
  const io = capture(tty)
  const code = await main(argv, cwd, io.streams)
  return {code, stdout: io.stdout(), stderr: io.stderr()}
}

/** The clean suite with a red prompt 03 and no green (`pair`, an error) and a pair 05 after the gap (`numbering-gap`, a warning). */
const broken = () => makeTree({...cleanSuite, [lonelyRed.path]: lonelyRed.content, ...gappedPair})
const gapped = 'orchestration/prompt_05_dispatcher_red.md'

describe('lint results and exit codes', () => {
  test('a clean suite: exit 0, one clean line, nothing on stderr', async () => {
    const result = await run([], makeTree(cleanSuite))
    expect(result).toEqual({code: 0, stdout: '✔ No problems (7 files checked)\n', stderr: ''})
  })

  test('lint errors: exit 1 with the findings', async () => {
    const result = await run([], broken())
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('\norchestration/prompt_03_conductor_red.md\n')
    expect(result.stdout).toMatch(
      /^ {2}1:1 {2}error {2}Expected a green prompt `prompt_03b_conductor_green\.md` to pair with this red prompt {2}pair$/m
    )
    expect(result.stdout).toContain(`\n${gapped}\n`)
    expect(result.stdout).toMatch(
      /^ {2}1:1 {2}warning {2}Unexpected gap in the numbering: nothing numbered `04` between `03` and `05` {2}numbering-gap$/m
    )
    expect(result.stdout).toContain('✖ 2 problems (1 error, 1 warning)')
  })

  test('warnings only: exit 0, unless --max-warnings is exceeded', async () => {
    const dir = broken()
    writeFiles(dir, {'.tddpromptlintrc.json': '{"rules": {"pair": "warn"}}'})
    const warned = await run([], dir)
    expect(warned.code).toBe(0)
    expect(warned.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)')
    expect((await run(['--max-warnings', '2'], dir)).code).toBe(0)
    const exceeded = await run(['--max-warnings=1'], dir)
    expect(exceeded.code).toBe(1)
    expect(exceeded.stderr).toBe(
      'tdd-prompt-lint: too many warnings (2, at most 1 allowed by --max-warnings)\n'
    )
  })

  test('--quiet drops warnings from the report and from the count', async () => {
    // `numbering-gap` is a warning with no configuration.
    const dir = broken()
    const quiet = await run(['--quiet', '--max-warnings', '0', '--format', 'json'], dir)
    expect(quiet.code).toBe(1)
    const report = JSON.parse(quiet.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(report.flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual([
      'pair'
    ])
    const loud = JSON.parse((await run(['-f', 'json'], dir)).stdout) as typeof report
    expect(loud.flatMap((file) => file.messages.map((message) => message.ruleId)).sort()).toEqual([
      'numbering-gap',
      'pair'
    ])
  })

  test('--quiet with only warnings: the clean line says they were hidden, not "No problems"', async () => {
    const dir = makeTree({...cleanSuite, ...gappedPair})
    const quiet = await run(['--quiet'], dir)
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).toBe('✔ No errors (9 files checked, 1 warning hidden by --quiet)\n')
    expect((await run([], dir)).stdout).toContain('✖ 1 problem (0 errors, 1 warning)')
    // Nothing hidden: the usual line.
    expect((await run(['--quiet'], makeTree(cleanSuite))).stdout).toBe(
      '✔ No problems (7 files checked)\n'
    )
  })

  test('one file: only that file is reported, but its whole folder is in view', async () => {
    const dir = broken()
    const result = await run(['-f', 'json', lonelyRed.path], dir)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Array<{filePath: string; messages: unknown[]}>
    expect(report.map((file) => file.filePath)).toEqual([lonelyRed.path])
    expect(report[0]!.messages).toHaveLength(1)
    // The pair after the gap, linted alone, sees the lonely red prompt 03 in its folder.
    const after = await run(['-f', 'json', gapped], dir)
    expect(after.code).toBe(0)
    expect(JSON.parse(after.stdout)).toMatchObject([
      {
        filePath: gapped,
        messages: [
          {
            ruleId: 'numbering-gap',
            severity: 1,
            message: 'Unexpected gap in the numbering: nothing numbered `04` between `03` and `05`'
          }
        ]
      }
    ])
  })
})

describe('paths', () => {
  test('no paths: every prompt file at any depth, node_modules and .git skipped', async () => {
    const dir = makeTree({})
    writeFiles(dir, cleanSuite, 'a/b/c')
    writeFiles(dir, {[lonelyRed.path]: lonelyRed.content}, 'node_modules/some-package')
    writeFiles(dir, {[lonelyRed.path]: lonelyRed.content}, '.git/x')
    const result = await run(['-f', 'json'], dir)
    expect(result.code).toBe(0)
    const paths = (JSON.parse(result.stdout) as Array<{filePath: string}>).map((f) => f.filePath)
    expect(paths).toHaveLength(7)
    expect(paths.every((file) => file.startsWith('a/b/c/'))).toBe(true)
  })

  test('no paths: a prompt file in any folder, whatever the folder is called', async () => {
    const dir = makeTree({
      'docs/prompt_01_x_red.md': '# Red: x unit test\n',
      'docs/readme.md': '# Docs\n'
    })
    const result = await run(['-f', 'json'], dir)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Array<{filePath: string; messages: unknown[]}>
    // The readme beside the prompt is a document of the suite (a plan, maybe): linted too.
    expect(report.map((file) => file.filePath)).toEqual([
      'docs/prompt_01_x_red.md',
      'docs/readme.md'
    ])
    expect(report[0]!.messages).toMatchObject([{ruleId: 'pair'}, {ruleId: 'preprompt'}])
  })

  test('no paths and no prompt file: exit 2', async () => {
    // Names with `prompt` but no number are documents, not prompts.
    const dir = makeTree({
      'docs/readme.md': '# Docs\n',
      'meta_prompt.md': '# Meta prompt\n',
      'prompt_plan.md': '# Plan\n'
    })
    const result = await run([], dir)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'tdd-prompt-lint: no suite folder found (no prompt file in this folder or below); give paths or set `suites` in the configuration\n'
    })
    writeFiles(dir, {'.tddpromptlintrc.json': '{"suites": ["prompts/*"]}'})
    expect((await run([], dir)).stderr).toBe(
      'tdd-prompt-lint: no suite folder found (suite patterns: `prompts/*`); give paths or set `suites` in the configuration\n'
    )
  })

  test('configured suite patterns', async () => {
    const dir = makeTree({})
    writeFiles(dir, cleanSuite, 'prompts')
    writeFiles(dir, {'.tddpromptlintrc.json': '{"suites": ["prompts/*"]}'})
    writeFiles(dir, {[lonelyRed.path]: lonelyRed.content}, 'elsewhere')
    const result = await run(['-f', 'json'], dir)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toHaveLength(7)
  })

  test('a missing path: reported on stderr, the rest still linted, exit 2', async () => {
    const dir = broken()
    const result = await run(['missing.md', 'orchestration'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('tdd-prompt-lint: missing.md: no such file or folder\n')
    expect(result.stdout).toContain('✖ 2 problems')
  })

  test('a given path that cannot be read: exit 2, the rest still linted', async () => {
    const dir = makeTree(cleanSuite)
    const denied = path.join(dir, 'orchestration/prompt_01_config_generator_red.md')
    const real = fs.accessSync
    // Tests may run as root, who can read anything: stand in for a denied read.
    const spy = vi.spyOn(fs, 'accessSync').mockImplementation((file, mode) => {
      if (file === denied) throw Object.assign(new Error('EACCES'), {code: 'EACCES'})
      return real(file, mode)
    })
    try {
      const result = await run(
        ['-f', 'json', 'orchestration/prompt_01_config_generator_red.md', 'testdata'],
        dir
      )
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(
        'tdd-prompt-lint: orchestration/prompt_01_config_generator_red.md: permission denied\n'
      )
      expect(JSON.parse(result.stdout)).toHaveLength(2)
    } finally {
      spy.mockRestore()
    }
  })

  test('a folder named like a prompt file inside a folder: reported, not fatal', async () => {
    const dir = makeTree(cleanSuite)
    fs.mkdirSync(path.join(dir, 'orchestration/prompt_09_odd_red.md'))
    const result = await run(['orchestration'], dir)
    expect(result.stderr).toBe(
      'tdd-prompt-lint: orchestration/prompt_09_odd_red.md: a folder named like a prompt file\n'
    )
    expect(result.code).toBe(0)
  })

  test('.tddpromptlintignore and --ignore-path', async () => {
    const dir = broken()
    writeFiles(dir, {
      '.tddpromptlintignore': 'prompt_03_*\nprompt_00_*\n',
      'other.ignore': 'testdata/\n'
    })
    const ignored = await run(['-f', 'json'], dir)
    expect(ignored.code).toBe(0)
    const names = (JSON.parse(ignored.stdout) as Array<{filePath: string}>).map((f) => f.filePath)
    expect(names).toHaveLength(8)
    expect(names).not.toContain(lonelyRed.path)
    expect(names).not.toContain('orchestration/prompt_00_orchestration_preprompt.md')
    const other = await run(['-f', 'json', '--ignore-path', 'other.ignore'], dir)
    expect(other.code).toBe(1)
    const otherNames = (JSON.parse(other.stdout) as Array<{filePath: string}>).map(
      (f) => f.filePath
    )
    expect(otherNames).toContain(lonelyRed.path)
    expect(otherNames.some((name) => name.startsWith('testdata/'))).toBe(false)
    const missing = await run(['--ignore-path', 'nope'], dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(
      'tdd-prompt-lint: nope: cannot read ignore file (no such file or folder)\n'
    )
  })
})

describe('configuration errors: exit 2 naming the file and the key path', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    [
      'invalid JSON',
      '.tddpromptlintrc.json',
      '{"rules": ',
      /^\.tddpromptlintrc\.json:1:11: invalid JSON: /
    ],
    [
      'invalid YAML',
      '.tddpromptlintrc.yaml',
      'rules:\n  pair: [warn\n',
      /^\.tddpromptlintrc\.yaml:3:1: invalid YAML: /
    ],
    [
      'an unknown key',
      '.tddpromptlintrc.json',
      '{"rules": {"bogus": "warn"}}',
      /^\.tddpromptlintrc\.json: unknown key `rules\.bogus`$/
    ],
    [
      'a wrong type',
      '.tddpromptlintrc.yml',
      'suites: orchestration\n',
      /^\.tddpromptlintrc\.yml: `suites` must be array$/
    ],
    [
      'an unknown rule option',
      '.tddpromptlintrc.json',
      '{"rules": {"test-kind": ["warn", {"kindz": []}]}}',
      /^\.tddpromptlintrc\.json: unknown key `rules\.test-kind\[1\]\.kindz`$/
    ],
    [
      'a rule option of the wrong type',
      '.tddpromptlintrc.yaml',
      'rules:\n  required-sections: [warn, {sections: {red: 3}}]\n',
      /^\.tddpromptlintrc\.yaml: `rules\.required-sections\[1\]\.sections\.red` must be array$/
    ],
    [
      'rule options that are not an object',
      '.tddpromptlintrc.json',
      '{"rules": {"pair": ["warn", 5]}}',
      /^\.tddpromptlintrc\.json: `rules\.pair\[1\]` must be object$/
    ],
    [
      'a bad severity',
      '.tddpromptlintrc.json',
      '{"rules": {"pair": "loud"}}',
      /^\.tddpromptlintrc\.json: `rules\.pair` /
    ]
  ]
  test.each(cases)('%s', async (_name, file, content, reason) => {
    const dir = makeTree({...cleanSuite, [file]: content})
    const result = await run([], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^tdd-prompt-lint: /)
    expect(lines[0]!.slice('tdd-prompt-lint: '.length)).toMatch(reason)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('found above the working directory, or named with --config', async () => {
    const dir = broken()
    const below = path.join(dir, 'orchestration')
    expect((await run([], below)).code).toBe(1)
    writeFiles(dir, {'.tddpromptlintrc.json': '{"rules": {"pair": "off"}}'})
    const above = await run([], below)
    expect(above.code).toBe(0)
    expect(above.stdout).toContain('✖ 1 problem (0 errors, 1 warning)')
    expect((await run(['.'], below)).code).toBe(0)
    writeFiles(dir, {'strict.json': '{}'})
    expect((await run(['--config', 'strict.json'], dir)).code).toBe(1)
    expect((await run(['--config', '../strict.json'], below)).code).toBe(1)
    const missing = await run(['-c', 'nope.yaml'], dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(
      /^tdd-prompt-lint: nope\.yaml: cannot read configuration \(no such file or folder\)\n$/
    )
  })

  test('--debug adds the stack trace', async () => {
    const dir = makeTree({...cleanSuite, '.tddpromptlintrc.json': '{'})
    const result = await run(['--debug'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^tdd-prompt-lint: \.tddpromptlintrc\.json:1:2: invalid JSON/)
    expect(result.stderr).toMatch(/\n\s+at /)
  })
})

describe('flags', () => {
  test.each([
    [['--nope'], 'unknown option `--nope`'],
    [['-x'], 'unknown option `-x`'],
    [
      ['--format', 'xml'],
      'unknown format `xml` for `--format`, expected one of `stylish`, `json`, `sarif`, `github`'
    ],
    [['--format'], 'option `--format` needs a value'],
    [['--quiet=yes'], 'option `--quiet` takes no value'],
    [
      ['--max-warnings', 'many'],
      'invalid value `many` for `--max-warnings`, expected a whole number (0 or more)'
    ],
    [
      ['--max-warnings', '-1'],
      'option `--max-warnings` needs a value (write `--max-warnings=<value>` for one that starts with `-`)'
    ],
    [
      ['--max-warnings=-1'],
      'invalid value `-1` for `--max-warnings`, expected a whole number (0 or more)'
    ],
    [['--output='], 'option `--output` needs a non-empty value']
  ])('%j: exit 2 with one line', async (argv, reason) => {
    const result = await run(argv, makeTree(cleanSuite))
    expect(result).toEqual({code: 2, stdout: '', stderr: `tdd-prompt-lint: ${reason}\n`})
  })

  test('--help and --version', async () => {
    const dir = makeTree({})
    const help = await run(['--help'], dir)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: tdd-prompt-lint \[options\] \[paths\.\.\.\]/)
    for (const flag of [
      '--format',
      '--output',
      '--config',
      '--ignore-path',
      '--max-warnings',
      '--quiet',
      '--print-config',
      '--debug'
    ]) {
      expect(help.stdout).toContain(flag)
    }
    expect((await run(['-h'], dir)).stdout).toBe(help.stdout)
    expect(await run(['--version'], dir)).toEqual({code: 0, stdout: pkg.version + '\n', stderr: ''})
    expect((await run(['-v'], dir)).stdout).toBe(pkg.version + '\n')
  })

  test('--output writes the report to a file (creating its folder), not to stdout', async () => {
    const dir = broken()
    const result = await run(['-f', 'sarif', '-o', 'reports/lint.sarif'], dir)
    expect(result).toEqual({code: 1, stdout: '', stderr: ''})
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'reports/lint.sarif'), 'utf8'))
    expect(log.runs[0].results).toHaveLength(2)
    const stylish = await run(['-o', 'out.txt'], dir, true)
    expect(stylish.stdout).toBe('')
    expect(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8')).not.toContain('\u001B[')
  })

  test('--output that cannot be written: exit 2', async () => {
    const dir = makeTree(cleanSuite)
    writeFiles(dir, {taken: 'a file'})
    const result = await run(['-o', 'taken/report.json'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^tdd-prompt-lint: taken\/report\.json: cannot write the report \(.+\)\n$/
    )
  })

  test('colour on a terminal only, and not with NO_COLOR', async () => {
    const dir = broken()
    vi.stubEnv('NO_COLOR', '')
    expect((await run([], dir, true)).stdout).toContain('\u001B[31merror')
    expect((await run([], dir, false)).stdout).not.toContain('\u001B[')
    vi.stubEnv('NO_COLOR', '1')
    expect((await run([], dir, true)).stdout).not.toContain('\u001B[')
  })

  test('--print-config shows the configuration that applies to a file', async () => {
    const dir = makeTree({
      ...cleanSuite,
      '.tddpromptlintrc.yaml': [
        'preprompts:',
        '  testdata: orchestration/prompt_00_orchestration_preprompt.md',
        'rules:',
        '  pair: warn',
        '  required-sections: [error, {sections: {red: [Objective]}}]',
        ''
      ].join('\n')
    })
    const result = await run(
      ['--print-config', 'testdata/testdata_prompt_01_publisher_red.md'],
      dir
    )
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.stdout)
    expect(printed).toMatchObject({
      filePath: 'testdata/testdata_prompt_01_publisher_red.md',
      configFile: '.tddpromptlintrc.yaml',
      suites: [],
      preprompt: 'orchestration/prompt_00_orchestration_preprompt.md',
      preprompts: {testdata: 'orchestration/prompt_00_orchestration_preprompt.md'}
    })
    expect(printed.rules.pair).toEqual(['warn', {}])
    expect(printed.rules['required-sections']).toEqual([
      'error',
      {sections: {red: ['Objective']}, aliases: {}}
    ])
    expect(printed.rules['file-name']).toEqual(['error', {}])
    // The rules that warn by default say so.
    expect(printed.rules['numbering-gap']).toEqual(['warn', {}])
    expect(printed.rules['requirement-coverage'][0]).toBe('warn')
    expect(Object.keys(printed.rules)).toEqual(rules.map((rule) => rule.meta.id))
    // The style in force, with the scope it is inferred from (too few prompts here to infer any part).
    expect(printed.style).toMatchObject({infer: true, threshold: 0.8, minimum: 5, scope: '.'})
    expect(printed.style.expected.red.parts).toEqual({})
    // The preprompt in force: a folder's own.
    const other = JSON.parse((await run(['--print-config', 'orchestration/x.md'], dir)).stdout)
    expect(other.preprompt).toBe('orchestration/prompt_00_orchestration_preprompt.md')
  })
})

test('`init` and `new` go to the scaffolding commands with the rest of the arguments', async () => {
  const scaffold = await import('../src/cli/scaffold-commands.js')
  const dir = makeTree({})
  expect((await run(['init', '--package', 'orchestration'], dir)).code).toBe(0)
  expect(scaffold.runInit).toHaveBeenCalledWith(
    ['--package', 'orchestration'],
    dir,
    expect.anything(),
    expect.anything()
  )
  expect((await run(['new', 'Conductor'], dir)).code).toBe(3)
  expect(scaffold.runNew).toHaveBeenCalledWith(
    ['Conductor'],
    dir,
    expect.anything(),
    expect.anything()
  )
})
