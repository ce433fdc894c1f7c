/**
 * The command's edges against the built bin as a process (`node dist/cli.js`;
 * run `npm run bundle` first): a reader that goes away (EPIPE), no success line
 * on exit 2, quoted globs, `--stdin`, colour from the environment, the progress
 * line on a terminal (through `script`, skipped without it), did you mean,
 * line:column and overrides.
 */
import {execFileSync, spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {cleanSuite, lonelyRed, makeTree, removeTrees, root} from '../cli-fixtures.js'
import {generateTree} from '../helpers/tree.js'

const bin = path.join(root, 'dist', 'cli.js')

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Run the bin with `env` added to a colourless environment; `input` on stdin. */
function runBin(
  args: string[],
  cwd: string,
  options: {env?: Record<string, string>; input?: string; closeStdout?: boolean} = {}
): Promise<Run> {
  const env = {...process.env, ...options.env}
  if (!options.env?.NO_COLOR) delete env.NO_COLOR
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env})
    const out: Buffer[] = []
    const err: Buffer[] = []
    // A reader that went away: the pipe's reading end is closed before anything is written.
    if (options.closeStdout) child.stdout.destroy()
    else child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.stdin.end(options.input ?? '')
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString()
      })
    })
  })
}

const withLonelyRed = () => makeTree({...cleanSuite, [lonelyRed.path]: lonelyRed.content})

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run bundle\` first`)
})
afterAll(removeTrees)

describe('a reader that goes away (EPIPE)', () => {
  test('findings: exit 1, nothing on stderr', async () => {
    const dir = makeTree({})
    generateTree(dir, 60)
    for (const file of fs.readdirSync(path.join(dir, 'packages/pkg001/orchestration'))) {
      if (file.endsWith('_green.md'))
        fs.rmSync(path.join(dir, 'packages/pkg001/orchestration', file))
    }
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const run = await runBin(['--format', format, 'packages'], dir, {closeStdout: true})
      expect(run, format).toMatchObject({code: 1, signal: null, stderr: ''})
    }
  })

  test('a clean run: exit 0, nothing on stderr', async () => {
    const run = await runBin([], makeTree(cleanSuite), {closeStdout: true})
    expect(run).toMatchObject({code: 0, signal: null, stderr: ''})
  })

  test('`| head -1` in a shell', () => {
    const dir = withLonelyRed()
    const out = execFileSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" orchestration | head -1; echo "exit $?"`],
      {cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}
    )
    expect(out).toBe('\nexit 0\n')
  })
})

test('a missing folder: the problem on stderr, exit 2, nothing on stdout', async () => {
  const run = await runBin(['typo_folder'], makeTree(cleanSuite))
  expect(run).toEqual({
    code: 2,
    signal: null,
    stdout: '',
    stderr: 'tdd-prompt-lint: typo_folder: no such file or folder\n'
  })
})

test('a quoted glob is expanded', async () => {
  const run = await runBin(['--format', 'json', 'orchestration/*_red.md'], withLonelyRed())
  expect(run.code).toBe(1)
  const files = (JSON.parse(run.stdout) as Array<{filePath: string}>).map((file) => file.filePath)
  expect(files).toEqual([
    'orchestration/prompt_01_config_generator_red.md',
    'orchestration/prompt_02_preflight_validator_red.md',
    lonelyRed.path
  ])
})

test('--stdin --stdin-filename lints standard input as that file', async () => {
  const run = await runBin(
    ['--format', 'json', '--stdin', '--stdin-filename', lonelyRed.path],
    makeTree(cleanSuite),
    {input: lonelyRed.content}
  )
  expect(run.code).toBe(1)
  const [result] = JSON.parse(run.stdout) as Array<{filePath: string; messages: {ruleId: string}[]}>
  expect(result!.filePath).toBe(lonelyRed.path)
  expect(result!.messages.map((message) => message.ruleId)).toContain('pair')
})

describe('colour', () => {
  // eslint-disable-next-line no-control-regex
  const ansi = /\u001b\[/
  test('FORCE_COLOR on a pipe, --no-color over it, --color', async () => {
    const dir = withLonelyRed()
    expect((await runBin([lonelyRed.path], dir, {env: {FORCE_COLOR: '1'}})).stdout).toMatch(ansi)
    expect(
      (await runBin(['--no-color', lonelyRed.path], dir, {env: {FORCE_COLOR: '1'}})).stdout
    ).not.toMatch(ansi)
    expect((await runBin(['--color', lonelyRed.path], dir)).stdout).toMatch(ansi)
    expect((await runBin([lonelyRed.path], dir)).stdout).not.toMatch(ansi)
  })
})

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
})()

describe.skipIf(!hasScript)('the progress line on a terminal (through `script`)', () => {
  test('a run over 2 s shows it on stderr and erases it; a short run does not', () => {
    const dir = makeTree({})
    generateTree(dir, 3000)
    // stderr is the terminal `script` makes; what reaches it is recorded in `typescript`.
    const command = (args: string, cwd = dir) => {
      execFileSync(
        'script',
        ['-qec', `"${process.execPath}" "${bin}" ${args} >/dev/null`, 'typescript'],
        {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 120_000}
      )
      return fs.readFileSync(path.join(cwd, 'typescript'), 'utf8')
    }
    const long = command('--concurrency off packages')
    // A slow machine shows it; a fast one may finish within 2 s and show nothing.
    if (long.includes('files')) {
      /* eslint-disable no-control-regex */
      expect(long).toMatch(/\rtdd-prompt-lint: \d+\/\d+ files\u001b\[K/)
      expect(long).toMatch(/\r\u001b\[K/)
      /* eslint-enable no-control-regex */
    }
    // A short run: a small repository. (One package of the big tree is not short: the
    // house style is read from every prompt of the repository.)
    const small = makeTree(cleanSuite)
    const short = command('orchestration', small)
    expect(short).not.toMatch(/tdd-prompt-lint: \d+\/\d+ files/)
    expect(short).not.toContain('\u001b[K')
  })
})

test('did you mean, and line:column for invalid JSON', async () => {
  const typo = makeTree({...cleanSuite, '.tddpromptlintrc.json': '{"rules": {"pairs": "off"}}'})
  expect((await runBin([], typo)).stderr).toBe(
    'tdd-prompt-lint: .tddpromptlintrc.json: unknown key `rules.pairs` (did you mean `pair`?)\n'
  )
  const broken = makeTree({...cleanSuite, '.tddpromptlintrc.json': '{\n  "rules": {,\n}'})
  const run = await runBin([], broken)
  expect(run.code).toBe(2)
  expect(run.stderr).toMatch(/^tdd-prompt-lint: \.tddpromptlintrc\.json:2:13: invalid JSON: /)
})

test('overrides apply to the matching files only', async () => {
  const otherLonely = 'testdata/testdata_prompt_02_subscriber_red.md'
  const dir = makeTree({
    ...cleanSuite,
    [lonelyRed.path]: lonelyRed.content,
    [otherLonely]: cleanSuite['testdata/testdata_prompt_01_publisher_red.md']!,
    '.tddpromptlintrc.yaml':
      'rules:\n  title: off\noverrides:\n  - files: [orchestration/prompt_03_*]\n    rules:\n      pair: warn\n'
  })
  const run = await runBin(['--format', 'json'], dir)
  // The red outside the override keeps `pair` an error.
  expect(run.code).toBe(1)
  const report = JSON.parse(run.stdout) as Array<{
    filePath: string
    messages: {ruleId: string; severity: number}[]
  }>
  const severities = (file: string) =>
    report
      .find((each) => each.filePath === file)!
      .messages.map((message) => [message.ruleId, message.severity])
  expect(severities(lonelyRed.path)).toEqual([['pair', 1]])
  expect(severities(otherLonely)).toEqual([['pair', 2]])
  // Given alone by path, the file matches its override all the same.
  const alone = await runBin(['--format', 'json', lonelyRed.path], dir)
  expect(alone.code).toBe(0)
  expect(alone.stdout).toContain('"severity": 1')
})
