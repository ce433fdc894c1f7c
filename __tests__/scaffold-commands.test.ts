/**
 * `tdd-prompt-lint init` and `tdd-prompt-lint new` as the CLI runs them:
 * `runInit` / `runNew` with fake streams, what they print and their exit codes.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {runInit, runNew} from '../src/cli/scaffold-commands.js'
import {capture} from './cli-fixtures.js'

const examples = path.join(import.meta.dirname, '..', 'examples')

let root: string

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-scaffold-cli-')))
})

afterEach(() => {
  fs.rmSync(root, {recursive: true, force: true})
})

type Command = typeof runInit

async function run(command: Command, argv: string[], cwd = root) {
  const io = capture()
  const code = await command(argv, cwd, io.streams)
  return {code, stdout: io.stdout(), stderr: io.stderr()}
}

function snapshot(): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of fs.readdirSync(root, {recursive: true, withFileTypes: true})) {
    const full = path.join(entry.parentPath, entry.name)
    found[path.relative(root, full)] = entry.isDirectory()
      ? 'dir'
      : crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')
  }
  return found
}

/** examples/orchestration, with its nested testdata suite. */
function copyExamples(): void {
  fs.cpSync(path.join(examples, 'orchestration'), path.join(root, 'orchestration'), {
    recursive: true
  })
}

function read(file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8')
}

/** A refusal: exit 2, one line on stderr, nothing on stdout, no file touched. */
async function expectRefusal(command: Command, argv: string[], reason: RegExp, cwd = root) {
  const before = snapshot()
  const result = await run(command, argv, cwd)
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^tdd-prompt-lint: [^\n]+\n$/)
  expect(result.stderr).toMatch(reason)
  expect(snapshot()).toEqual(before)
}

describe('runInit', () => {
  it('writes the preprompt and prints its path relative to the working directory', async () => {
    const result = await run(runInit, ['suites/orchestration', '--package', 'orchestration'])
    expect(result).toEqual({
      code: 0,
      stdout: 'suites/orchestration/prompt_00_orchestration_preprompt.md\n',
      stderr: ''
    })
    const text = read('suites/orchestration/prompt_00_orchestration_preprompt.md')
    expect(text).toMatch(/^# \*\*Meta-Prompt: Orchestration Package Generation\*\*\n/)
    expect(text).toMatch(/^\*\*Persona:\*\* <!-- .+ -->$/m)
    expect(text).toMatch(/^## \*\*1\. Package Overview\*\*$/m)
  })

  it('shapes the preprompt like the other preprompts of the working folder', async () => {
    copyExamples()
    const result = await run(runInit, ['billing', '--package', 'billing'])
    expect(result).toEqual({
      code: 0,
      stdout: 'billing/prompt_00_billing_preprompt.md\n',
      stderr: ''
    })
    expect(read('billing/prompt_00_billing_preprompt.md')).toMatch(
      /^## \*\*3\. Test Data Plan\*\*$/m
    )
  })

  it('takes the sections from the configuration found from the working directory', async () => {
    fs.writeFileSync(
      path.join(root, '.tddpromptlintrc.json'),
      JSON.stringify({
        rules: {'required-sections': ['error', {sections: {preprompt: ['Mission', 'Pairs']}}]}
      })
    )
    const result = await run(runInit, ['pkg', '-p', 'Tooling'])
    expect(result.code).toBe(0)
    expect(read('pkg/prompt_00_tooling_preprompt.md').match(/^## .+$/gm)).toEqual([
      '## **Mission**',
      '## **Pairs**'
    ])
  })

  it('prints its usage with --help', async () => {
    const result = await run(runInit, ['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: tdd-prompt-lint init <folder> --package <name>/)
    expect(snapshot()).toEqual({})
  })

  it('refuses bad arguments with one line and exit 2', async () => {
    await expectRefusal(runInit, ['pkg'], /expected `--package <name>`/)
    await expectRefusal(runInit, ['--package', 'x'], /expected a folder/)
    await expectRefusal(runInit, ['a', 'b', '--package', 'x'], /unexpected argument `b`/)
    await expectRefusal(runInit, ['pkg', '--package', 'x', '--force'], /unknown option `--force`/)
    await expectRefusal(runInit, ['pkg', '--package', 'a/b'], /package name `a\/b`/)
  })

  it('refuses a folder that already has a preprompt', async () => {
    copyExamples()
    await expectRefusal(
      runInit,
      ['orchestration', '--package', 'orchestration'],
      /`orchestration` already has a preprompt `prompt_00_orchestration_preprompt\.md`/
    )
  })

  it('reports a broken configuration as a refusal', async () => {
    fs.writeFileSync(path.join(root, '.tddpromptlintrc.json'), '{"rules": {"nope": "error"}}')
    await expectRefusal(runInit, ['pkg', '--package', 'x'], /\.tddpromptlintrc\.json/)
  })
})

describe('runNew', () => {
  beforeEach(copyExamples)

  it('writes the next pair of the current folder and prints what it wrote', async () => {
    const before = snapshot()
    const result = await run(runNew, ['cache_warmer'], path.join(root, 'orchestration'))
    // The example preprompt has no component list linking its prompts: not updated; the plan is.
    expect(result).toEqual({
      code: 0,
      stdout: 'prompt_07_cache_warmer_red.md\nprompt_07b_cache_warmer_green.md\nreadme.md\n',
      stderr: ''
    })
    const after = snapshot()
    for (const [file, hash] of Object.entries(before)) {
      if (file !== 'orchestration/readme.md') expect(after[file]).toBe(hash)
    }
    expect(read('orchestration/readme.md')).toContain('prompt\\_07\\_cache\\_warmer\\_red.md')
    const red = read('orchestration/prompt_07_cache_warmer_red.md')
    expect(red).toMatch(/^# \*\*Prompt 07: Unit Tests for CacheWarmer\*\*\n/)
    expect(red).toContain('`conductor/cache_warmer_test.go`')
    expect(read('orchestration/prompt_07b_cache_warmer_green.md')).toContain(
      '1.  `conductor/cache_warmer_test.go` (The Specification)'
    )
  })

  it('prints the preprompt it updated after the files it wrote', async () => {
    const file = 'orchestration/prompt_00_orchestration_preprompt.md'
    fs.appendFileSync(
      path.join(root, file),
      '\n## Components\n\n- Conductor: [red](prompt_06_conductor_red.md), [green](prompt_06b_conductor_green.md)\n'
    )
    const result = await run(runNew, ['cache_warmer', '-s', 'orchestration'])
    expect(result).toEqual({
      code: 0,
      stdout:
        'orchestration/prompt_07_cache_warmer_red.md\n' +
        'orchestration/prompt_07b_cache_warmer_green.md\n' +
        file +
        '\norchestration/readme.md\n',
      stderr: ''
    })
    expect(read(file)).toMatch(
      /\n- Cache warmer: \[red\]\(prompt_07_cache_warmer_red\.md\), \[green\]\(prompt_07b_cache_warmer_green\.md\)\n$/
    )
  })

  it('takes --suite and --kind, and prints paths relative to the working directory', async () => {
    const result = await run(runNew, [
      'archiver',
      '--suite',
      'orchestration/testdata',
      '--kind',
      'pre-flight'
    ])
    expect(result).toEqual({
      code: 0,
      stdout:
        'orchestration/testdata/testdata_prompt_04_archiver_red.md\n' +
        'orchestration/testdata/testdata_prompt_04b_archiver_green.md\n',
      stderr: ''
    })
    expect(read('orchestration/testdata/testdata_prompt_04_archiver_red.md')).toMatch(
      /^# \*\*Prompt 04: Pre-flight Test for Archiver\*\*\n/
    )
  })

  it('reads the preprompts from the configuration', async () => {
    fs.mkdirSync(path.join(root, 'extra'))
    await expectRefusal(runNew, ['probe', '-s', 'extra'], /no preprompt for `extra`/)
    fs.writeFileSync(
      path.join(root, '.tddpromptlintrc.yaml'),
      'preprompts:\n  extra: orchestration/prompt_00_orchestration_preprompt.md\n'
    )
    const result = await run(runNew, ['probe', '-s', 'extra', '-k', 'property'])
    expect(result).toEqual({
      code: 0,
      stdout: 'extra/prompt_01_probe_red.md\nextra/prompt_01b_probe_green.md\n',
      stderr: ''
    })
    expect(read('extra/prompt_01_probe_red.md')).toMatch(
      /^# \*\*Prompt 01: Property Tests for Probe\*\*\n/
    )
  })

  it('takes an explicit --config', async () => {
    fs.writeFileSync(
      path.join(root, 'custom.json'),
      JSON.stringify({rules: {'required-sections': ['error', {sections: {red: ['Goal']}}]}})
    )
    const result = await run(runNew, ['probe', '-s', 'orchestration', '--config', 'custom.json'])
    expect(result.code).toBe(0)
    expect(read('orchestration/prompt_07_probe_red.md').match(/^#+ .+$/gm)).toEqual([
      '# **Prompt 07: Unit Tests for Probe**',
      '## **Goal**'
    ])
  })

  it('prints its usage with --help, --at and the test kinds included', async () => {
    const result = await run(runNew, ['-h'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: tdd-prompt-lint new <slug>/)
    expect(result.stdout).toMatch(/^ {6}--at N {2,}\S/m)
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      'unit, integration, pre-flight, end-to-end, contract or property'
    )
    // With --at the command is another module: the same usage.
    const io = capture()
    expect(await main(['new', '--at', '3', '--help'], root, io.streams)).toBe(0)
    expect(io.stdout()).toBe(result.stdout)
  })

  it.each([
    [['Config-Gen', '-s', 'orchestration'], /invalid slug `Config-Gen`/],
    [['configGen', '-s', 'orchestration'], /invalid slug `configGen`.*`config_gen`/],
    [['', '-s', 'orchestration'], /invalid slug ``/],
    [['a/b', '-s', 'orchestration'], /invalid slug `a\/b`/],
    [['x', '-s', 'orchestration', '--kind', '!!'], /unknown test kind `!!`/],
    [['x', '-s', 'orchestration', '--kind', 'smoke'], /unknown test kind `smoke`, expected one of/],
    [['x', '-s', 'nowhere'], /suite folder `nowhere` does not exist/],
    [['-s', 'orchestration'], /expected a slug/],
    [['x', 'y', '-s', 'orchestration'], /unexpected argument `y`/],
    [['x', '--suite'], /`--suite` needs a value/],
    [['x', '--overwrite'], /unknown option `--overwrite`/]
  ])('refuses %j', async (argv, reason) => {
    await expectRefusal(runNew, argv, reason)
  })

  it('refuses to overwrite an existing file', async () => {
    fs.mkdirSync(path.join(root, 'orchestration/prompt_07_x_red.md'))
    await expectRefusal(
      runNew,
      ['x', '-s', 'orchestration'],
      /`orchestration\/prompt_07_x_red\.md` already exists/
    )
  })
})

describe('through main()', () => {
  it('dispatches `init` and `new` to the scaffolding commands', async () => {
    const io = capture()
    expect(await main(['init', 'suite', '--package', 'pkg'], root, io.streams)).toBe(0)
    expect(await main(['new', 'probe', '--suite', 'suite', '--debug'], root, io.streams)).toBe(0)
    expect(io.stdout()).toBe(
      'suite/prompt_00_pkg_preprompt.md\n' +
        'suite/prompt_01_probe_red.md\n' +
        'suite/prompt_01b_probe_green.md\n'
    )
    expect(io.stderr()).toBe('')
    expect(await main(['new', 'Probe', '--suite', 'suite'], root, io.streams)).toBe(2)
    expect(io.stderr()).toBe(
      'tdd-prompt-lint: invalid slug `Probe`, expected lower snake case (`probe`)\n'
    )
  })
})
