/**
 * The contract, against the built bin as a process (`node dist/cli.js`; run
 * `npm run bundle` first, as CI does): every format, every exit code,
 * configuration errors, a single staged file, ignore files, no-paths discovery
 * and the flags.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {
  cleanSuite,
  lonelyRed,
  makeTree,
  removeTrees,
  root,
  sarifValidator,
  writeFiles,
  runBin
} from '../cli-fixtures.js'
import {lonelyRedFinding, methodologySuite, renamedGreen, renamedGreenSuite} from './fixtures.js'
import pkg from '../../package.json' with {type: 'json'}

const bin = path.join(root, 'dist', 'cli.js')

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run bundle\` first`)
})
afterAll(removeTrees)

const brokenSuite = {...cleanSuite, [lonelyRed.path]: lonelyRed.content}
const pairFinding = lonelyRedFinding

describe('formats', () => {
  test('stylish (the default): findings, summary, exit 1', async () => {
    const result = await runBin([], makeTree(brokenSuite))
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('\norchestration/prompt_03_conductor_red.md\n')
    expect(result.stdout).toMatch(
      new RegExp(`^  1:1  error  ${pairFinding.replace(/[.`]/g, '\\$&')}  pair$`, 'm')
    )
    expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings)\n')
    expect(result.stdout).not.toContain('\u001B[')
  })

  test('json: every linted file, relative paths', async () => {
    const result = await runBin(['--format', 'json'], makeTree(brokenSuite))
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Array<{
      filePath: string
      messages: Array<Record<string, unknown>>
      errorCount: number
      warningCount: number
    }>
    expect(report.map((file) => file.filePath)).toEqual(Object.keys(brokenSuite).sort())
    const red = report.find((file) => file.filePath === lonelyRed.path)!
    expect(red).toMatchObject({errorCount: 1, warningCount: 0})
    expect(red.messages[0]).toMatchObject({
      ruleId: 'pair',
      severity: 2,
      line: 1,
      column: 1,
      message: pairFinding
    })
    for (const file of report) {
      if (file !== red) expect(file, file.filePath).toMatchObject({messages: [], errorCount: 0})
    }
    // A finding with a partner file carries it as a related location.
    const renamed = await runBin(['--format', 'json'], makeTree(renamedGreenSuite))
    expect(renamed.code).toBe(1)
    const green = (JSON.parse(renamed.stdout) as typeof report).find(
      (file) => file.filePath === renamedGreen.path
    )!
    expect(green.messages).toMatchObject([
      {
        ruleId: 'pair',
        message: renamedGreen.message,
        relatedLocations: [{filePath: renamedGreen.red, line: 1, column: 1}]
      }
    ])
  })

  test('sarif: valid SARIF 2.1.0, with the partner file as a related location', async () => {
    const result = await runBin(['-f', 'sarif'], makeTree(renamedGreenSuite))
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stdout)
    expect(sarifValidator()(log)).toEqual([])
    const results = log.runs[0].results as Array<{
      ruleId: string
      locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>
      relatedLocations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>
    }>
    // The renamed green: `pair` on it, and the preprompt's link to its old name.
    expect(results.map((item) => item.ruleId).sort()).toEqual(['pair', 'prompt-links'])
    const pair = results.find((item) => item.ruleId === 'pair')!
    expect(pair.locations[0]!.physicalLocation.artifactLocation.uri).toBe(renamedGreen.path)
    expect(pair.relatedLocations[0]!.physicalLocation.artifactLocation.uri).toBe(renamedGreen.red)
    const link = results.find((item) => item.ruleId === 'prompt-links')!
    expect(link.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'orchestration/prompt_00_orchestration_preprompt.md'
    )
    for (const rule of log.runs[0].tool.driver.rules.slice(0, 10)) {
      expect(rule.helpUri).toMatch(/^https:\/\//)
    }
    // A clean run is valid SARIF too.
    const clean = await runBin(['-f', 'sarif'], makeTree(cleanSuite))
    expect(clean.code).toBe(0)
    expect(sarifValidator()(JSON.parse(clean.stdout))).toEqual([])
  })

  test('github: workflow commands', async () => {
    const result = await runBin(['-f', 'github'], makeTree(brokenSuite))
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `::error file=${lonelyRed.path},line=1,col=1,endLine=1,endColumn=1,title=pair::${pairFinding}\n`
    )
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
    expect((await runBin(['-f', 'github'], makeTree(cleanSuite))).stdout).toBe('')
  })

  test('--output writes the report to a file', async () => {
    const dir = makeTree(brokenSuite)
    const result = await runBin(['-f', 'json', '--output', 'out/report.json'], dir)
    expect(result).toEqual({code: 1, stdout: '', stderr: ''})
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8'))).toHaveLength(8)
  })
})

describe('exit codes', () => {
  test('0: a clean suite', async () => {
    expect(await runBin([], makeTree(cleanSuite))).toEqual({
      code: 0,
      stdout: '✔ No problems (7 files checked)\n',
      stderr: ''
    })
  })

  test('0 with warnings, 1 past --max-warnings, and --quiet', async () => {
    // `pair` made a warning by configuration; `numbering-gap` (nothing numbered 04
    // between 03 and 05) is one by default.
    const dir = makeTree({
      ...brokenSuite,
      'orchestration/prompt_05_dispatcher_red.md': brokenSuite[lonelyRed.path]!,
      // A copy of another green, pointed at its own red (naming pair 01's red is `red-reference`'s error).
      'orchestration/prompt_05b_dispatcher_green.md': cleanSuite[
        'orchestration/prompt_01b_config_generator_green.md'
      ]!.replace('prompt_01_config_generator_red.md', 'prompt_05_dispatcher_red.md'),
      '.tddpromptlintrc.json': '{"rules": {"pair": "warn"}}'
    })
    const warned = await runBin([], dir)
    expect(warned.code).toBe(0)
    expect(warned.stdout).toContain('(0 errors, 2 warnings)')
    expect(warned.stdout).toMatch(/ warning .* pair\n/)
    expect(warned.stdout).toMatch(/ warning .* numbering-gap\n/)
    const exceeded = await runBin(['--max-warnings', '1'], dir)
    expect(exceeded.code).toBe(1)
    expect(exceeded.stderr).toBe(
      'tdd-prompt-lint: too many warnings (2, at most 1 allowed by --max-warnings)\n'
    )
    const quiet = await runBin(['--quiet', '--max-warnings', '0'], dir)
    expect(quiet).toEqual({
      code: 0,
      stdout: '✔ No errors (10 files checked, 2 warnings hidden by --quiet)\n',
      stderr: ''
    })
    // Without the configuration, `pair` is an error again.
    fs.rmSync(path.join(dir, '.tddpromptlintrc.json'))
    const errors = await runBin([], dir)
    expect(errors.code).toBe(1)
    expect(errors.stdout).toContain('(1 error, 1 warning)')
  })

  test('2: a bad flag, a missing path, a bad configuration — one line, no stack', async () => {
    const dir = makeTree(cleanSuite)
    expect(await runBin(['--frmat', 'json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tdd-prompt-lint: unknown option `--frmat` (did you mean `--format`?)\n'
    })
    const missing = await runBin(['nope/prompt_01_x_red.md'], dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(
      'tdd-prompt-lint: nope/prompt_01_x_red.md: no such file or folder\n'
    )
    const empty = await runBin([], makeTree({'README.md': '# nothing here\n'}))
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/^tdd-prompt-lint: no suite folder found .*\n$/)
  })
})

describe('configuration errors: exit 2, the file and the key path', () => {
  test.each([
    [
      '.tddpromptlintrc.json',
      '{"suites": ["x"],}',
      /^tdd-prompt-lint: \.tddpromptlintrc\.json:1:18: invalid JSON: /
    ],
    [
      '.tddpromptlintrc.yaml',
      'rules: [\n',
      /^tdd-prompt-lint: \.tddpromptlintrc\.yaml:\d+:\d+: invalid YAML: /
    ],
    [
      '.tddpromptlintrc.json',
      '{"rules": {"pair": "warn"}, "suite": []}',
      /^tdd-prompt-lint: \.tddpromptlintrc\.json: unknown key `suite` \(did you mean `suites`\?\)\n$/
    ],
    [
      '.tddpromptlintrc.yml',
      'preprompts:\n  testdata: 3\n',
      /^tdd-prompt-lint: \.tddpromptlintrc\.yml: `preprompts\.testdata` must be string\n$/
    ]
  ])('%s: %s', async (file, content, reason) => {
    const result = await runBin([], makeTree({...cleanSuite, [file]: content}))
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(reason)
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  })
})

describe('paths', () => {
  test('a single staged file that breaks a pair in its folder', async () => {
    // The green prompt of pair 01 is renamed: only that file is passed, as a
    // pre-commit hook would, and its folder is still in view.
    const dir = makeTree(cleanSuite)
    const from = path.join(dir, 'orchestration/prompt_01b_config_generator_green.md')
    const staged = 'orchestration/prompt_01b_config_gen_green.md'
    fs.renameSync(from, path.join(dir, staged))
    const result = await runBin(['-f', 'json', staged], dir)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Array<{
      filePath: string
      messages: Array<{ruleId: string; message: string}>
    }>
    expect(report.map((file) => file.filePath)).toEqual([staged])
    expect(report[0]!.messages).toMatchObject([
      {
        ruleId: 'pair',
        message:
          'Unexpected slug `config_gen` in this green prompt, expected `config_generator` as in its red prompt `prompt_01_config_generator_red.md`'
      }
    ])
    // The broken pair is reported once, on the green: the untouched red, linted
    // alone, is clean; the preprompt still links the green's old name.
    expect(await runBin(['orchestration/prompt_01_config_generator_red.md'], dir)).toEqual({
      code: 0,
      stdout: '✔ No problems (1 file checked)\n',
      stderr: ''
    })
    const preprompt = await runBin(['orchestration/prompt_00_orchestration_preprompt.md'], dir)
    expect(preprompt.code).toBe(1)
    expect(preprompt.stdout).toContain(
      'Unexpected link to missing `prompt_01b_config_generator_green.md`, expected `prompt_01b_config_gen_green.md`  prompt-links'
    )
  })

  test('no paths: prompt files in any folder at any depth, node_modules skipped', async () => {
    const dir = makeTree({})
    writeFiles(dir, cleanSuite, 'services/api/prompts')
    // The methodology layout: a package folder named after the package, not `orchestration`.
    const conductor = Object.fromEntries(
      Object.entries(methodologySuite()).map(([name, text]) => [
        name.replace(/^orchestration\//, 'conductor/'),
        text
      ])
    )
    writeFiles(dir, conductor, 'prompts/go')
    writeFiles(dir, brokenSuite, 'node_modules/dependency')
    const result = await runBin(['-f', 'json'], dir)
    expect(result.code).toBe(0)
    const names = (JSON.parse(result.stdout) as Array<{filePath: string}>).map(
      (file) => file.filePath
    )
    expect(names).toEqual(
      [
        ...Object.keys(cleanSuite).map((name) => 'services/api/prompts/' + name),
        ...Object.keys(conductor).map((name) => 'prompts/go/' + name)
      ].sort()
    )
    expect(names).toContain('prompts/go/conductor/readme.md')
    expect(names).toContain('prompts/go/conductor/testdata/testdata_prompt_01_publisher_red.md')
    // Given explicitly, the folder is linted.
    expect((await runBin(['node_modules/dependency'], dir)).code).toBe(1)
  })

  test('.tddpromptlintignore and --ignore-path', async () => {
    const dir = makeTree({
      ...brokenSuite,
      '.tddpromptlintignore': 'orchestration/prompt_0[03]_*\n',
      'ci.ignore': '# nothing\n'
    })
    expect((await runBin([], dir)).code).toBe(0)
    expect((await runBin(['orchestration'], dir)).code).toBe(0)
    const other = await runBin(['--ignore-path', 'ci.ignore'], dir)
    expect(other.code).toBe(1)
    expect(other.stdout).toContain(pairFinding)
  })
})

describe('information flags', () => {
  test('--help and --version', async () => {
    const dir = makeTree({})
    const help = await runBin(['--help'], dir)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: tdd-prompt-lint [options] [paths...]')
    expect(await runBin(['--version'], dir)).toEqual({
      code: 0,
      stdout: `${pkg.version}\n`,
      stderr: ''
    })
  })

  test('`init` and `new` reach the scaffolding commands (loaded on demand)', async () => {
    const dir = makeTree({})
    for (const command of ['init', 'new']) {
      const help = await runBin([command, '--help'], dir)
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^Usage: tdd-prompt-lint ${command} `))
    }
  })

  test('--print-config', async () => {
    const dir = makeTree({
      ...cleanSuite,
      '.tddpromptlintrc.json': '{"rules": {"numbering": "off"}}'
    })
    const result = await runBin(['--print-config', lonelyRed.path], dir)
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.stdout)
    expect(printed).toMatchObject({filePath: lonelyRed.path, configFile: '.tddpromptlintrc.json'})
    expect(printed.rules.numbering).toEqual(['off', {}])
    expect(printed.rules.pair).toEqual(['error', {}])
  })
})

describe("V8's collector", () => {
  // V8 prints its pretenuring decisions with --trace-pretenuring-statistics, and none when
  // pretenuring is off (src/engine/heap.ts); the examples make enough young collections.
  const examples = path.join(root, 'examples')

  test('the bin turns allocation-site pretenuring off', async () => {
    const result = await runBin(['--format', 'json', examples], root, {
      node: ['--trace-pretenuring-statistics']
    })
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('pretenuring:')
  })

  test("a setting of the user's own wins", async () => {
    const result = await runBin(['--format', 'json', examples], root, {
      node: ['--trace-pretenuring-statistics', '--allocation-site-pretenuring']
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('pretenuring:')
  })
})
