/**
 * `--concurrency`: linting on worker threads gives exactly the report of linting
 * in one thread (same files, same order, same messages, related locations
 * included), whatever the number of threads. Against the built bin as a process
 * (`node dist/cli.js`; run `npm run bundle` first): workers load dist/worker.js,
 * so the parallel path does not exist under the TypeScript sources.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {generateTree} from '../helpers/tree.js'
import {cleanSuite, makeTree, removeTrees, root, runBin, type BinRun} from '../cli-fixtures.js'

const bin = path.join(root, 'dist', 'cli.js')

interface JsonResult {
  filePath: string
  messages: Array<{ruleId: string; relatedLocations?: unknown[]}>
}

/** The threads a run used, from the `--debug` line. */
function threadsOf(run: BinRun): number {
  const match = /, (\d+) threads?, \d+ ms$/m.exec(run.stderr)
  if (!match) throw new Error(`no thread count in ${JSON.stringify(run.stderr)}`)
  return Number(match[1])
}

const autoThreads = Math.min(os.availableParallelism(), 4)

/**
 * A generated monorepo of `size` prompt files (helpers/tree.ts, clean) with defects
 * planted in every other suite folder,
 * cycling through four kinds, so findings land in many folders and therefore in
 * every thread's share of the work.
 */
function defectiveTree(size: number): string {
  const dir = makeTree({})
  const manifest = generateTree(dir, size)
  const folders = [...new Set(manifest.files.map((file) => path.dirname(file)))].sort()
  folders.forEach((folder, index) => {
    if (index % 2 !== 1) return
    const abs = path.join(dir, folder)
    const names = fs.readdirSync(abs).sort()
    const reds = names.filter((name) => name.endsWith('_red.md'))
    const greens = names.filter((name) => name.endsWith('_green.md'))
    const kind = ((index - 1) / 2) % 4
    if (kind === 0) {
      // A red prompt without its green one.
      fs.rmSync(path.join(abs, greens.at(-1)!))
    } else if (kind === 1) {
      // A required section renamed away.
      const file = path.join(abs, reds[0]!)
      fs.writeFileSync(
        file,
        fs.readFileSync(file, 'utf8').replace('\n## Constraints\n', '\n## Limits\n')
      )
    } else if (kind === 2) {
      // A link to a prompt that does not exist.
      const file = path.join(abs, greens[0]!)
      fs.appendFileSync(file, '\nSee also [the old prompt](prompt_77_gone_red.md).\n')
    } else {
      // Two pairs sharing a number: a finding with a related location.
      const red = reds[1]!
      const copy = red.replace(/_red\.md$/, '_again_red.md')
      fs.copyFileSync(path.join(abs, red), path.join(abs, copy))
    }
  })
  return dir
}

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run bundle\` first`)
})
afterAll(removeTrees)

describe('the same report on one thread and on several', () => {
  let tree: string
  let single: BinRun
  beforeAll(async () => {
    tree = defectiveTree(480)
    single = await runBin(['--format', 'json', '--concurrency', '1', '--debug'], tree)
  })

  test('the tree is big enough to be split and has findings in many folders', () => {
    expect(single.code).toBe(1)
    expect(threadsOf(single)).toBe(1)
    const report = JSON.parse(single.stdout) as JsonResult[]
    expect(report.length).toBeGreaterThanOrEqual(450)
    const withFindings = report.filter((file) => file.messages.length > 0)
    expect(new Set(withFindings.map((file) => path.dirname(file.filePath))).size).toBeGreaterThan(
      10
    )
    const ruleIds = new Set(withFindings.flatMap((file) => file.messages.map((m) => m.ruleId)))
    for (const id of ['pair', 'required-sections', 'prompt-links', 'numbering']) {
      expect(ruleIds).toContain(id)
    }
    const related = withFindings.flatMap((file) =>
      file.messages.filter((message) => message.relatedLocations)
    )
    expect(related.length).toBeGreaterThan(0)
  })

  test.each([
    ['2', 2],
    ['3', 3],
    ['auto', autoThreads]
  ])('--concurrency %s: identical JSON, exit 1', async (value, threads) => {
    const run = await runBin(['--format', 'json', '--concurrency', value, '--debug'], tree)
    expect(run.code).toBe(1)
    expect(threadsOf(run)).toBe(threads)
    expect(run.stdout).toBe(single.stdout)
  })

  test('auto is the default', async () => {
    const run = await runBin(['--format', 'json', '--debug'], tree)
    expect(threadsOf(run)).toBe(autoThreads)
    expect(run.stdout).toBe(single.stdout)
  })

  test.each(['sarif', 'stylish', 'github'])('--format %s: identical', async (format) => {
    const [one, two] = await Promise.all([
      runBin(['--format', format, '--concurrency', 'off'], tree),
      runBin(['--format', format, '--concurrency', '2'], tree)
    ])
    expect(one.code).toBe(1)
    expect(two).toEqual(one)
  })

  test('--quiet and --max-warnings behave the same', async () => {
    const config = path.join(tree, 'warn.json')
    fs.writeFileSync(config, JSON.stringify({rules: {'prompt-links': 'warn', numbering: 'warn'}}))
    const args = ['--format', 'json', '--config', config]
    const [one, two, quietOne, quietTwo] = await Promise.all([
      runBin([...args, '--concurrency', '1'], tree),
      runBin([...args, '--concurrency', '2'], tree),
      runBin([...args, '--quiet', '--concurrency', '1'], tree),
      runBin([...args, '--quiet', '--concurrency', '2'], tree)
    ])
    expect(two).toEqual(one)
    expect(quietTwo).toEqual(quietOne)
    expect(quietOne.stdout).not.toBe(one.stdout)
  })
})

describe('files that cannot be linted', () => {
  test('binary, empty, unreadable and non-regular files: the same findings on every thread', async () => {
    const tree = defectiveTree(460)
    const folders = [
      ...new Set(
        fs
          .readdirSync(path.join(tree, 'packages'))
          .map((pkg) => path.join(tree, 'packages', pkg, 'orchestration'))
      )
    ].sort()
    // Spread over the tree, so that some land in a worker's share.
    const [first, middle, last] = [
      folders[0]!,
      folders[Math.floor(folders.length / 2)]!,
      folders.at(-1)!
    ]
    for (const folder of [first, middle, last]) {
      fs.writeFileSync(
        path.join(folder, 'prompt_40_binary_red.md'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])
      )
      fs.writeFileSync(path.join(folder, 'prompt_40b_binary_green.md'), '')
    }
    fs.writeFileSync(path.join(middle, 'prompt_41_latin_red.md'), Buffer.from('caf\xe9', 'latin1'))
    fs.symlinkSync('prompt_99_gone_red.md', path.join(last, 'prompt_42_dangling_red.md'))
    fs.symlinkSync('/dev/zero', path.join(middle, 'prompt_43_device_red.md'))
    fs.mkdirSync(path.join(last, 'prompt_44_folder_red.md'))

    const [one, two] = await Promise.all([
      runBin(['--format', 'json', '--concurrency', '1'], tree),
      runBin(['--format', 'json', '--concurrency', '2'], tree)
    ])
    expect(one.code).toBe(1)
    expect(two).toEqual(one)
    const report = JSON.parse(one.stdout) as JsonResult[]
    const engine = report.flatMap((file) =>
      file.messages
        .filter((message) => ['unreadable', 'encoding'].includes(message.ruleId))
        .map((message) => `${path.basename(file.filePath)} ${message.ruleId}`)
    )
    expect(engine.sort()).toEqual([
      'prompt_40_binary_red.md encoding',
      'prompt_40_binary_red.md encoding',
      'prompt_40_binary_red.md encoding',
      'prompt_41_latin_red.md encoding',
      'prompt_42_dangling_red.md unreadable',
      'prompt_43_device_red.md unreadable'
    ])
  })
})

describe('--concurrency values', () => {
  test.each([
    [
      '0',
      'invalid value `0` for `--concurrency`, expected a whole number (1 or more), `auto` or `off`'
    ],
    [
      '-1',
      'invalid value `-1` for `--concurrency`, expected a whole number (1 or more), `auto` or `off`'
    ],
    [
      'many',
      'invalid value `many` for `--concurrency`, expected a whole number (1 or more), `auto` or `off`'
    ],
    [
      '1.5',
      'invalid value `1.5` for `--concurrency`, expected a whole number (1 or more), `auto` or `off`'
    ],
    [
      'AUTO',
      'invalid value `AUTO` for `--concurrency`, expected a whole number (1 or more), `auto` or `off`'
    ],
    ['', 'option `--concurrency` needs a non-empty value']
  ])('--concurrency=%s: exit 2, one line', async (value, reason) => {
    const run = await runBin([`--concurrency=${value}`], makeTree(cleanSuite))
    expect(run).toEqual({code: 2, stdout: '', stderr: `tdd-prompt-lint: ${reason}\n`})
  })

  test('no value: exit 2, one line', async () => {
    const run = await runBin(['--concurrency'], makeTree(cleanSuite))
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tdd-prompt-lint: option `--concurrency` needs a value\n'
    })
  })

  test('auto on a small tree, and off: one thread', async () => {
    const tree = makeTree(cleanSuite)
    for (const args of [[], ['--concurrency', 'auto'], ['--concurrency', 'off']]) {
      const run = await runBin([...args, '--debug'], tree)
      expect(run.code).toBe(0)
      expect(threadsOf(run)).toBe(1)
    }
  })

  test('never more threads than chunks of work', async () => {
    const run = await runBin(['--concurrency', '4', '--debug'], makeTree(cleanSuite))
    expect(run.code).toBe(0)
    expect(threadsOf(run)).toBe(1)
  })

  test('--help documents it', async () => {
    const run = await runBin(['--help'], root)
    expect(run.stdout).toMatch(/^ {6}--concurrency N {4}.*$/m)
  })
})
