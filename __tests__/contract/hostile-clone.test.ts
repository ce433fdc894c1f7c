/**
 * A hostile clone: what a repository can commit (links, file names, folder
 * names, documents) run against the built bin as a process (`node dist/cli.js`;
 * run `npm run bundle` first). Nothing outside the working folder is written.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {cleanSuite, makeTree, removeTrees, root, runBin} from '../cli-fixtures.js'

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run bundle` first')
  }
})
afterAll(removeTrees)

test('`-o report.json`, a committed link out of the working folder: refused, the outside file unchanged', async () => {
  const outside = makeTree({'victim.txt': 'precious\n'})
  const dir = makeTree(cleanSuite)
  fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(dir, 'report.json'))
  fs.mkdirSync(path.join(dir, 'reports'))
  fs.symlinkSync(outside, path.join(dir, 'reports', 'out'))
  for (const output of ['report.json', 'reports/out/victim.txt']) {
    const result = await runBin(['-f', 'json', '-o', output], dir)
    expect(result.stderr).toBe(
      `tdd-prompt-lint: ${output}: cannot write the report (a symbolic link that leads outside the working folder)\n`
    )
    expect(result.code).toBe(2)
    expect(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('precious\n')
  }
  // A path outside given as such is the user's choice; a link inside is written where it leads.
  fs.mkdirSync(path.join(dir, 'out'))
  fs.symlinkSync('out/inside.json', path.join(dir, 'inside.json'))
  expect((await runBin(['-f', 'json', '-o', 'inside.json'], dir)).code).toBe(0)
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'inside.json'), 'utf8'))).toBeInstanceOf(
    Array
  )
  expect(fs.lstatSync(path.join(dir, 'inside.json')).isSymbolicLink()).toBe(true)
  expect((await runBin(['-f', 'json', '-o', path.join(outside, 'mine.json')], dir)).code).toBe(0)
  expect(fs.existsSync(path.join(outside, 'mine.json'))).toBe(true)
})

/** Every file under `dir`: relative path → content and change time (a rename changes the latter). */
function state(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of fs.readdirSync(dir, {recursive: true}) as string[]) {
    const file = path.join(dir, name)
    const stat = fs.lstatSync(file)
    if (stat.isFile()) out[name] = `${stat.ctimeMs} ${fs.readFileSync(file, 'latin1')}`
  }
  return out
}

const gapped = {
  'suite/prompt_00_suite_preprompt.md': '# Suite\n\nContext.\n',
  'suite/prompt_01_alpha_red.md': '# Prompt 01: Unit Tests for Alpha\n',
  'suite/prompt_01b_alpha_green.md': '# Prompt 01: Implementation for Alpha\n',
  'suite/prompt_03_gamma_red.md': '# Prompt 03: Unit Tests for Gamma\n',
  'suite/prompt_03b_gamma_green.md': '# Prompt 03: Implementation for Gamma\n'
}

test('`renumber` and `new --at` refuse a folder that is a link out of the working folder', async () => {
  const outside = makeTree(gapped)
  const dir = makeTree(cleanSuite)
  fs.symlinkSync(path.join(outside, 'suite'), path.join(dir, 'linked'))
  const before = state(outside)
  for (const args of [
    ['renumber', 'linked'],
    ['new', 'beta', '--at', '02', '--suite', 'linked']
  ]) {
    const result = await runBin(args, dir)
    expect(result.stderr, args.join(' ')).toMatch(
      /^tdd-prompt-lint: `linked` leads outside the working folder[^\n]*: nothing changed\n$/
    )
    expect(result.code).toBe(2)
    expect(state(outside)).toEqual(before)
  }
})

test('`new Bad-Slug --at 1` is refused before any file is renamed', async () => {
  const dir = makeTree(gapped)
  const before = state(dir)
  const result = await runBin(['new', 'Bad-Slug', '--at', '01', '--suite', 'suite'], dir)
  expect(result.stderr).toMatch(/^tdd-prompt-lint: invalid slug `Bad-Slug`[^\n]*\n$/)
  expect(result.code).toBe(2)
  expect(state(dir)).toEqual(before)
})

test('`renumber --insert-at 1` refuses to number a step beyond 9999, changing nothing', async () => {
  const dir = makeTree({
    ...gapped,
    'suite/prompt_9999_omega_red.md': '# Prompt 9999: Unit Tests for Omega\n',
    'suite/prompt_9999b_omega_green.md': '# Prompt 9999: Implementation for Omega\n'
  })
  const before = state(dir)
  const result = await runBin(['renumber', 'suite', '--insert-at', '01'], dir)
  expect(result.stderr).toMatch(
    /^tdd-prompt-lint: cannot renumber, nothing changed: `suite\/prompt_9999b?_omega_(?:red|green)\.md` would be numbered 10000, beyond 9999\n$/
  )
  expect(result.code).toBe(2)
  expect(state(dir)).toEqual(before)
})

test('`trace` prints no line a CI runner would read as a workflow command', async () => {
  const dir = makeTree({
    ...gapped,
    'suite/l1_requirements.md': [
      '# L1 Requirements',
      '',
      '| ID | Requirement |',
      '|---|---|',
      '| 1.1 | ::add-mask::The system shall mask nothing. |',
      '| 1.2 | ::stop-commands::token The system shall stop nothing. |',
      '| 1.3 | ##[error]The system shall report nothing. |',
      ''
    ].join('\n')
  })
  for (const format of ['text', 'markdown']) {
    const result = await runBin(['trace', 'suite', '--format', format], dir)
    expect(result.code).toBe(0)
    if (format === 'text') expect(result.stdout).toContain('mask nothing')
    for (const line of result.stdout.split(/[\r\n]/)) {
      expect(line.trimStart(), format).not.toMatch(/^(?:::|##\[)/)
    }
  }
})

test('`--staged` with a staged path that is not UTF-8: the run fails, it does not pass with 0 files', async () => {
  const dir = makeTree({})
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      stdio: 'ignore'
    })
  git('init', '-q')
  const folder = Buffer.concat([Buffer.from(dir + '/b'), Buffer.from([0xff]), Buffer.from('d')])
  fs.mkdirSync(folder)
  for (const [name, text] of Object.entries(gapped)) {
    const file = Buffer.concat([folder, Buffer.from('/' + path.basename(name))])
    fs.writeFileSync(file, text)
  }
  git('add', '-A')
  git('commit', '-q', '-m', 'suite')
  const green = Buffer.concat([folder, Buffer.from('/prompt_03b_gamma_green.md')])
  fs.rmSync(green)
  git('add', '-A')
  const result = await runBin(['--staged'], dir)
  expect(result.stderr).toMatch(/^tdd-prompt-lint: --staged: [^\n]*not valid UTF-8[^\n]*\n$/)
  expect(result.code).toBe(2)
})
