/**
 * The bad-input contract (README.contract.md) against the built bin as a process,
 * `node dist/cli.js` (run `npm run bundle` first, as CI does): sizes and nesting
 * under a memory cap, bad bytes, paths that cannot be linted, names, hostile
 * configuration, and a linted tree that no run changes. Bounded time is shown by
 * a generous timeout on the child process, never by measuring it.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {
  cleanSuite,
  lonelyRed,
  makeTree,
  removeTrees,
  root,
  runBin,
  type BinRun
} from '../cli-fixtures.js'
import {lonelyRedFinding, methodologySuite, missingGreen, without} from './fixtures.js'

const bin = path.join(root, 'dist', 'cli.js')

interface JsonResult {
  filePath: string
  messages: Array<{ruleId: string | null; line: number; column: number; message: string}>
}

/** File path → rule ids of its findings, from a `--format json` report. */
function ruleIds(stdout: string): Record<string, Array<string | null>> {
  const results = JSON.parse(stdout) as JsonResult[]
  return Object.fromEntries(
    results.map((result) => [result.filePath, result.messages.map((message) => message.ruleId)])
  )
}

function messagesOf(stdout: string, file: string): JsonResult['messages'] {
  const result = (JSON.parse(stdout) as JsonResult[]).find((each) => each.filePath === file)
  if (!result) throw new Error(`${file} was not linted`)
  return result.messages
}

/** A run that ended by itself, with no stack trace on stderr. */
function expectCleanExit(run: BinRun): void {
  expect(run.signal, 'the process was killed (timeout)').toBeUndefined()
  expect(run.stderr).not.toMatch(/\n\s+at |FATAL ERROR|heap out of memory|RangeError/)
}

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run bundle\` first`)
})
afterAll(removeTrees)

describe('sizes and nesting: linted or one finding each, in bounded time and memory', () => {
  test('a 10 MB prompt, 10,000 headings, 10,000 levels of quotes', async () => {
    const headings = Array.from({length: 10_000}, (_, index) => `## Heading ${index}\n\ntext\n`)
    const line = 'Some words, a [link](prompt_01_config_generator_red.md), *emphasis*, `code`.\n'
    const files = {
      ...cleanSuite,
      'orchestration/prompt_03_huge_red.md':
        '# Red: huge unit test\n\n' + line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)),
      'orchestration/prompt_04_headings_red.md':
        '# Red: headings unit test\n\n' + headings.join(''),
      'orchestration/prompt_05_quotes_red.md': '>'.repeat(10_000) + ' deep\n',
      // Deep lists and nested emphasis hit the 10 s parse bound: they are checked in
      // process with a tiny bound (robustness.test.ts), not waited out here.
      // Too few prompts for a house style: the sections of a red prompt are pinned.
      '.tddpromptlintrc.json': JSON.stringify({
        rules: {'required-sections': ['error', {sections: {red: ['Objective', 'Test cases']}}]}
      })
    }
    const dir = makeTree(files)
    const run = await runBin(['--format', 'json', 'orchestration', 'testdata'], dir, {
      node: ['--max-old-space-size=512'],
      timeout: 300_000
    })
    expectCleanExit(run)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const ids = ruleIds(run.stdout)
    expect(ids['orchestration/prompt_03_huge_red.md']).toEqual(['too-large'])
    expect(messagesOf(run.stdout, 'orchestration/prompt_03_huge_red.md')[0]!.message).toMatch(
      /^Unexpected file size 10\.0 MiB \(\d+ bytes\), expected at most 1 MiB: the file was not read$/
    )
    // 10,000 headings are linted like any prompt: the sections it lacks, its missing partner.
    expect(messagesOf(run.stdout, 'orchestration/prompt_04_headings_red.md')).toMatchObject([
      {ruleId: 'pair', message: missingGreen('prompt_04b_headings_green.md')},
      {
        ruleId: 'required-sections',
        message: 'Expected an `Objective` section in this red prompt, as the configuration requires'
      },
      {
        ruleId: 'required-sections',
        message: 'Expected a `Test cases` section in this red prompt, as the configuration requires'
      }
    ])
    for (const name of ['05_quotes']) {
      expect(ids[`orchestration/prompt_${name}_red.md`], name).toEqual(['too-complex'])
    }
    expect(messagesOf(run.stdout, 'orchestration/prompt_05_quotes_red.md')[0]!.message).toBe(
      'Unexpected markdown nested 10002 levels deep, expected at most 200: the file was not checked'
    )
    // The rest of the suite is linted as before: clean.
    for (const name of Object.keys(cleanSuite)) expect(ids[name], name).toEqual([])
  })
})

describe('bad bytes, empty files: one finding for that file, the rest linted', () => {
  test('invalid UTF-8, a binary file named .md, a NUL byte, an empty file, whitespace only', async () => {
    const dir = makeTree(cleanSuite)
    const write = (name: string, bytes: Buffer | string) =>
      fs.writeFileSync(path.join(dir, 'orchestration', name), bytes)
    write('prompt_03_latin1_red.md', Buffer.from('# Red: Konfigur\xe4tor unit test\n', 'latin1'))
    write('prompt_03b_latin1_green.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0]))
    write('prompt_04_nul_red.md', '# Red: NUL unit test\n\u0000\n')
    write('prompt_04b_nul_green.md', '')
    write('prompt_05_blank_red.md', ' \n\t\n\n')
    const run = await runBin(['--format', 'json', 'orchestration', 'testdata'], dir)
    expectCleanExit(run)
    expect(run.code).toBe(1)
    const ids = ruleIds(run.stdout)
    expect(ids['orchestration/prompt_03_latin1_red.md']).toEqual(['encoding'])
    expect(ids['orchestration/prompt_03b_latin1_green.md']).toEqual(['encoding'])
    expect(ids['orchestration/prompt_04_nul_red.md']).toEqual(['encoding'])
    // Empty, or white space only: that one finding, no judgement of the content.
    expect(messagesOf(run.stdout, 'orchestration/prompt_04b_nul_green.md')).toMatchObject([
      {ruleId: 'empty-prompt', line: 1, column: 1}
    ])
    expect(messagesOf(run.stdout, 'orchestration/prompt_05_blank_red.md')).toMatchObject([
      {
        ruleId: 'empty-prompt',
        line: 1,
        message: 'Unexpected empty prompt file, expected the text of the prompt'
      },
      {ruleId: 'pair', line: 1, message: missingGreen('prompt_05b_blank_green.md')}
    ])
    for (const name of Object.keys(cleanSuite)) expect(ids[name], name).toEqual([])
  })

  test('CRLF, a BOM, tabs and trailing spaces give the same report as the LF original', async () => {
    // The methodology layout (house style inferred): a red without the Objective
    // its kind has, a red whose green was removed, a green titled with another number.
    const broken = methodologySuite()
    const red = 'orchestration/prompt_01_config_generator_red.md'
    broken[red] = without(broken[red]!, /\*\*Objective:\*\*[^\n]*\n\n/)
    delete broken['orchestration/prompt_06b_conductor_green.md']
    const green = 'orchestration/prompt_04b_iam_orchestrator_green.md'
    broken[green] = broken[green]!.replace(/^# \*\*Prompt 04:/, '# **Prompt 05:')
    const changed = Object.fromEntries(
      Object.entries(broken).map(([name, text]) => [
        name,
        '\uFEFF' + text.replace(/^(#+) /gm, '$1\t').replace(/\n/g, '\r\n')
      ])
    )
    const original = await runBin(['--format', 'json'], makeTree(broken))
    const variant = await runBin(['--format', 'json'], makeTree(changed))
    expect(original.code).toBe(1)
    expect(JSON.parse(variant.stdout)).toEqual(JSON.parse(original.stdout))
    const found = (JSON.parse(original.stdout) as JsonResult[]).flatMap((file) =>
      file.messages.map((message) => `${file.filePath} ${message.ruleId}`)
    )
    expect(found.sort()).toEqual([
      'orchestration/prompt_01_config_generator_red.md required-sections',
      'orchestration/prompt_04b_iam_orchestrator_green.md title',
      'orchestration/prompt_06_conductor_red.md pair'
    ])
  })

  test('malformed front matter: the line of the error, the body still linted', async () => {
    const name = 'orchestration/prompt_01_config_generator_red.md'
    const suite = methodologySuite()
    const text = without(suite[name]!, /\*\*Objective:\*\*[^\n]*\n\n/)
    const dir = makeTree({...suite, [name]: `---\ntitle: a\ntags: [unit\nb: 1\n---\n${text}`})
    const run = await runBin(['--format', 'json', 'orchestration'], dir)
    expect(run.code).toBe(1)
    expect(messagesOf(run.stdout, name).map((message) => [message.ruleId, message.line])).toEqual([
      ['required-sections', 1],
      ['front-matter', 4]
    ])
  })
})

describe('bad input on worker threads (--concurrency)', () => {
  test('the same report on one thread and on three', async () => {
    const files: Record<string, string> = {...cleanSuite}
    for (let index = 10; index < 130; index++) {
      files[`orchestration/prompt_${index}_extra_red.md`] = `# Red: extra ${index} unit test\n`
    }
    Object.assign(files, {
      'orchestration/prompt_03_quotes_red.md': '>'.repeat(10_000) + ' deep\n',
      'orchestration/prompt_04_front_red.md': '---\na: [\n---\n# Red: x unit test\n',
      'orchestration/prompt_05_empty_red.md': '',
      'testdata/testdata_prompt_07_crlf_red.md': '\uFEFF# Red: crlf\r\n\r\n## Context\r\n'
    })
    const dir = makeTree(files)
    fs.writeFileSync(path.join(dir, 'orchestration/prompt_06_bin_red.md'), Buffer.from([0, 0xff]))
    fs.symlinkSync('/dev/zero', path.join(dir, 'orchestration/prompt_07_zero_red.md'))
    fs.symlinkSync('gone.md', path.join(dir, 'orchestration/prompt_08_gone_red.md'))
    const one = await runBin(['--format', 'json', '--concurrency', '1'], dir)
    const three = await runBin(['--format', 'json', '--concurrency', '3'], dir)
    expectCleanExit(three)
    expect(three.code).toBe(1)
    expect(three.stderr).toBe('')
    expect(JSON.parse(three.stdout)).toEqual(JSON.parse(one.stdout))
    const ids = ruleIds(three.stdout)
    expect(ids['orchestration/prompt_03_quotes_red.md']).toEqual(['too-complex'])
    expect(ids['orchestration/prompt_06_bin_red.md']).toEqual(['encoding'])
    expect(ids['orchestration/prompt_07_zero_red.md']).toEqual(['unreadable'])
    expect(ids['orchestration/prompt_08_gone_red.md']).toEqual(['unreadable'])
    expect(ids['orchestration/prompt_04_front_red.md']).toContain('front-matter')
  })
})

describe('names with spaces, unicode, upper case .MD, very long names', () => {
  test('each is linted per the naming rule, no crash', async () => {
    const names = [
      'prompt_03_config generator_red.md',
      'prompt_04_konfigurätor_red.md',
      'prompt_05_日本_red.md',
      'PROMPT_06_X_RED.MD',
      'prompt_07_' + 'long_'.repeat(47) + 'red.md',
      '_'.repeat(120) + 'prompt1' + '_'.repeat(120) + 'x.md'
    ]
    const dir = makeTree({
      ...cleanSuite,
      ...Object.fromEntries(names.map((name) => ['orchestration/' + name, '# Red: a unit test\n']))
    })
    const run = await runBin(['--format', 'json', 'orchestration'], dir)
    expectCleanExit(run)
    expect(run.code).toBe(1)
    const ids = ruleIds(run.stdout)
    for (const name of names) {
      const found = ids['orchestration/' + name]
      expect(found, name).toBeDefined()
      // Every name of the prompt shape but the long one is misnamed.
      expect(found!.includes('file-name'), name).toBe(!name.startsWith('prompt_07_'))
    }
  })
})

describe('paths that cannot be linted: a clear error for that path, exit 2 only if nothing else ran', () => {
  test('a folder named like a prompt file: reported, the rest linted', async () => {
    const dir = makeTree(cleanSuite)
    fs.mkdirSync(path.join(dir, 'orchestration/prompt_09_odd_red.md'))
    const inFolder = await runBin(['orchestration'], dir)
    expect(inFolder.stderr).toBe(
      'tdd-prompt-lint: orchestration/prompt_09_odd_red.md: a folder named like a prompt file\n'
    )
    expect(inFolder.code).toBe(0)
    // Found without paths, in a suite folder: the same.
    const found = await runBin([], dir)
    expect(found.stderr).toBe(inFolder.stderr)
    expect(found.code).toBe(0)
  })

  test('a dangling symbolic link and a symbolic link loop in a suite: a finding each, the rest linted', async () => {
    const dir = makeTree(cleanSuite)
    const at = (name: string) => path.join(dir, 'orchestration', name)
    fs.symlinkSync('prompt_09_gone_red.md', at('prompt_03_dangling_red.md'))
    fs.symlinkSync('prompt_04_loop_red.md', at('prompt_04_loop_red.md'))
    fs.symlinkSync('..', at('loop'))
    const run = await runBin(['--format', 'json'], dir, {timeout: 60_000})
    expectCleanExit(run)
    expect(run.code).toBe(1)
    expect(messagesOf(run.stdout, 'orchestration/prompt_03_dangling_red.md')).toMatchObject([
      {
        ruleId: 'unreadable',
        line: 1,
        message: 'Cannot read file: a symbolic link to a missing file'
      }
    ])
    expect(messagesOf(run.stdout, 'orchestration/prompt_04_loop_red.md')).toMatchObject([
      {ruleId: 'unreadable', line: 1, message: 'Cannot read file: symbolic link loop'}
    ])
    // A folder that loops back (`loop -> ..`) is not followed.
    const given = await runBin(['--format', 'json', 'orchestration'], dir, {timeout: 60_000})
    expectCleanExit(given)
    expect(JSON.parse(given.stdout)).toHaveLength(7)
  })

  test('given alone, a dangling link or a loop is all there is: exit 2 with one line each', async () => {
    const dir = makeTree(cleanSuite)
    fs.symlinkSync('nowhere.md', path.join(dir, 'dangling_prompt.md'))
    fs.symlinkSync('loop_prompt.md', path.join(dir, 'loop_prompt.md'))
    const run = await runBin(['dangling_prompt.md', 'loop_prompt.md'], dir)
    expectCleanExit(run)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'tdd-prompt-lint: dangling_prompt.md: no such file or folder\n' +
        'tdd-prompt-lint: loop_prompt.md: symbolic link loop\n'
    )
  })

  test('a link to /dev/zero named like a prompt: a finding, no endless read', async () => {
    const dir = makeTree(cleanSuite)
    fs.symlinkSync('/dev/zero', path.join(dir, 'orchestration/prompt_03_zero_red.md'))
    const run = await runBin(['--format', 'json', 'orchestration'], dir, {
      node: ['--max-old-space-size=256']
    })
    expectCleanExit(run)
    expect(messagesOf(run.stdout, 'orchestration/prompt_03_zero_red.md')).toMatchObject([
      {ruleId: 'unreadable', message: 'Cannot read file: not a regular file'}
    ])
  })

  describe('unreadable for lack of permission (run as `nobody`: root reads anything)', () => {
    const asRoot = process.getuid?.() === 0
    let nobody: {uid: number; gid: number} | undefined

    beforeAll(() => {
      // The bin must be readable by `nobody`: every folder up to it searchable.
      if (!asRoot) return
      let readable = true
      for (let dir = path.dirname(bin); dir !== path.dirname(dir); dir = path.dirname(dir)) {
        if ((fs.statSync(dir).mode & 0o005) !== 0o005) readable = false
      }
      if (readable) nobody = {uid: 65534, gid: 65534}
    })

    function tree(): string {
      const dir = makeTree(cleanSuite)
      for (const entry of fs.readdirSync(dir, {recursive: true}) as string[]) {
        const file = path.join(dir, entry)
        fs.chmodSync(file, fs.statSync(file).isDirectory() ? 0o755 : 0o644)
      }
      fs.chmodSync(dir, 0o755)
      return dir
    }

    test('a file without read permission in a suite: a finding for it, the rest linted', async ({
      skip
    }) => {
      const dir = tree()
      const denied = path.join(dir, 'orchestration/prompt_01_config_generator_red.md')
      fs.chmodSync(denied, 0o000)
      const user = asRoot ? nobody : {uid: process.getuid!(), gid: process.getgid!()}
      if (!user) return skip('running as root and `nobody` cannot reach dist/cli.js')
      const run = await runBin(['--format', 'json', 'orchestration', 'testdata'], dir, user)
      expectCleanExit(run)
      expect(run.code).toBe(1)
      expect(messagesOf(run.stdout, 'orchestration/prompt_01_config_generator_red.md')).toEqual([
        expect.objectContaining({
          ruleId: 'unreadable',
          line: 1,
          message: 'Cannot read file: permission denied'
        })
      ])
      expect(JSON.parse(run.stdout)).toHaveLength(7)
    })

    test('a suite folder without permission: one line for it, the other suite linted; alone: exit 2', async ({
      skip
    }) => {
      const dir = tree()
      fs.chmodSync(path.join(dir, 'testdata'), 0o000)
      const user = asRoot ? nobody : {uid: process.getuid!(), gid: process.getgid!()}
      if (!user) return skip('running as root and `nobody` cannot reach dist/cli.js')
      const run = await runBin(['--format', 'json'], dir, user)
      expectCleanExit(run)
      expect(run.stderr).toBe('tdd-prompt-lint: testdata: permission denied\n')
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout)).toHaveLength(5)
      const alone = await runBin(['testdata'], dir, user)
      expect(alone.code).toBe(2)
      expect(alone.stderr).toBe('tdd-prompt-lint: testdata: permission denied\n')
    })
  })
})

describe('configuration: exit 2 naming the file and the key path; no pattern can hang', () => {
  async function configRun(files: Record<string, string>, args: string[] = []): Promise<BinRun> {
    const dir = makeTree({...cleanSuite, ...files})
    const run = await runBin(args, dir, {node: ['--max-old-space-size=256'], timeout: 60_000})
    expectCleanExit(run)
    return run
  }

  test('a YAML alias bomb', async () => {
    const levels = Array.from(
      {length: 9},
      (_, index) => `l${index + 1}: &l${index + 1} [${Array(9).fill(`*l${index}`).join(',')}]`
    )
    const run = await configRun({
      '.tddpromptlintrc.yaml': `l0: &l0 [lol]\n${levels.join('\n')}\n`
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^tdd-prompt-lint: \.tddpromptlintrc\.yaml: invalid YAML: Excessive alias count/
    )
  })

  test('an alias bomb inside a valid key', async () => {
    const run = await configRun({
      '.tddpromptlintrc.yml':
        'x: &x [a, a, a, a, a, a, a, a, a, a]\ny: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\nsuites: [*y, *y, *y, *y, *y, *y, *y, *y, *y, *y]\n'
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^tdd-prompt-lint: \.tddpromptlintrc\.yml: invalid YAML: /)
  })

  test('`__proto__` keys are unknown keys, not a prototype', async () => {
    const json = await configRun({
      '.tddpromptlintrc.json': '{"__proto__": {"suites": ["nowhere"]}}'
    })
    expect(json.stderr).toBe('tdd-prompt-lint: .tddpromptlintrc.json: unknown key `__proto__`\n')
    expect(json.code).toBe(2)
    const yaml = await configRun({'.tddpromptlintrc.yaml': 'rules:\n  __proto__: {pair: off}\n'})
    expect(yaml.stderr).toBe(
      'tdd-prompt-lint: .tddpromptlintrc.yaml: unknown key `rules.__proto__`\n'
    )
    expect(yaml.code).toBe(2)
  })

  test('a configuration file over 1 MiB, and one that links to /dev/zero', async () => {
    const big = await configRun({
      '.tddpromptlintrc.json': `{"ignore": [${Array(200_000).fill('"xxxxxxxx"').join(',')}]}`
    })
    expect(big.code).toBe(2)
    expect(big.stderr).toBe(
      'tdd-prompt-lint: .tddpromptlintrc.json: cannot read configuration (larger than 1 MiB)\n'
    )
    const dir = makeTree(cleanSuite)
    fs.symlinkSync('/dev/zero', path.join(dir, '.tddpromptlintrc.yaml'))
    const zero = await runBin([], dir, {node: ['--max-old-space-size=256']})
    expectCleanExit(zero)
    expect(zero.code).toBe(2)
    expect(zero.stderr).toBe(
      'tdd-prompt-lint: .tddpromptlintrc.yaml: cannot read configuration (not a regular file)\n'
    )
  })

  test('a suite pattern that would backtrack badly is refused with its key path', async () => {
    const dir = makeTree({
      ...cleanSuite,
      ['a'.repeat(60) + '/keep.txt']: '',
      '.tddpromptlintrc.json': JSON.stringify({
        suites: ['**/orchestration', '*a'.repeat(12) + '*b']
      })
    })
    const run = await runBin([], dir, {timeout: 60_000})
    expectCleanExit(run)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'tdd-prompt-lint: .tddpromptlintrc.json: `suites[1]` has 13 wildcards in one path segment, expected at most 2\n'
    )
  })

  test('extended globs in suite patterns are refused', async () => {
    const run = await configRun({
      '.tddpromptlintrc.yaml': "suites: ['**/+(a|*(b|*(c)))']\n"
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'tdd-prompt-lint: .tddpromptlintrc.yaml: `suites[0]` uses an extended glob `+(`, expected `*`, `**`, `?`, `[…]` or `{…}` only\n'
    )
  })

  test('ignore patterns (configuration and .tddpromptlintignore) cannot hang the run', async () => {
    const hostile = '*a'.repeat(60) + '*b'
    const run = await configRun({
      ['orchestration/' + 'a'.repeat(200) + '_prompt.md']: '# x\n',
      [lonelyRed.path]: lonelyRed.content,
      '.tddpromptlintrc.json': JSON.stringify({ignore: [hostile, `**/${hostile}/**`]}),
      '.tddpromptlintignore': `${hostile}\n!${hostile}\n${'[0-9]*'.repeat(40)}\n`
    })
    // The run ends, having linted the suite (the patterns ignore nothing of it).
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(lonelyRedFinding)
  })
})

describe('no file in the linted tree changes', () => {
  /** Path → type, mode, size and content hash (a link: its target) of everything in a folder. */
  function snapshot(dir: string): Record<string, string> {
    const out: Record<string, string> = {}
    for (const entry of (fs.readdirSync(dir, {recursive: true}) as string[]).sort()) {
      const file = path.join(dir, entry)
      const stat = fs.lstatSync(file)
      const content = stat.isSymbolicLink()
        ? 'link:' + fs.readlinkSync(file)
        : stat.isFile()
          ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
          : 'folder'
      out[entry] = `${stat.mode.toString(8)} ${stat.size} ${content} ${stat.mtimeMs}`
    }
    return out
  }

  test('every format, to stdout and to a file outside, with defects and bad input in the tree', async () => {
    const dir = makeTree({
      ...cleanSuite,
      [lonelyRed.path]: lonelyRed.content,
      'orchestration/prompt_04_crlf_red.md': '\uFEFF# Red: crlf unit test\r\n\r\n## Context\r\n',
      'orchestration/prompt_05_front_red.md': '---\na: [\n---\n# Red: x unit test\n',
      '.tddpromptlintrc.yaml': 'rules:\n  numbering: warn\n',
      '.tddpromptlintignore': 'nothing-here/\n'
    })
    fs.writeFileSync(path.join(dir, 'orchestration/prompt_06_bin_red.md'), Buffer.from([0, 1, 2]))
    fs.symlinkSync('prompt_09_gone_red.md', path.join(dir, 'orchestration/prompt_07_gone_red.md'))
    fs.chmodSync(path.join(dir, 'testdata/testdata_prompt_01_publisher_red.md'), 0o600)
    const before = snapshot(dir)
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-report-'))
    try {
      for (const format of ['stylish', 'json', 'sarif', 'github']) {
        const toStdout = await runBin(['--format', format], dir)
        expect(toStdout.code, format).toBe(1)
        expect(toStdout.stdout.length, format).toBeGreaterThan(0)
        const report = path.join(out, `report.${format}`)
        const toFile = await runBin(['--format', format, '--output', report, '.'], dir)
        expect(toFile.code, format).toBe(1)
        expect(fs.statSync(report).size, format).toBeGreaterThan(0)
        expect(snapshot(dir), format).toEqual(before)
      }
      // A single staged file and --print-config leave it alone too.
      await runBin([lonelyRed.path], dir)
      await runBin(['--print-config', lonelyRed.path], dir)
      expect(snapshot(dir)).toEqual(before)
    } finally {
      fs.rmSync(out, {recursive: true, force: true})
    }
  })

  test('the example suite is unchanged by a run', async () => {
    const examples = path.join(root, 'examples')
    const before = snapshot(examples)
    const run = await runBin(['--format', 'sarif', 'examples'], root)
    expect(run.code).toBe(0)
    expect(snapshot(examples)).toEqual(before)
  })
})
