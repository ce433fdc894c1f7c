/**
 * Naming dialects and numbering domains (issue 22 items 1 and 2): suites written
 * in each dialect, built in a temporary repository, lint clean; one defect planted
 * in such a suite gives exactly one finding, on the file and line to change.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {lintTree, type Finding} from './helpers/lint-tree.js'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {Config} from '../src/config/config.js'
import {main} from '../src/cli/main.js'
import {capture} from './cli-fixtures.js'

let root: string

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dialects-')))
  fs.mkdirSync(path.join(root, '.git'))
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

const lint = (config: Config = {}) => lintTree(root, {config})

const where = (found: Finding[]) => found.map(({file, rule, line}) => `${file}:${line} ${rule}`)
const at = (file: string) => path.join(root, ...file.split('/'))
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(at(file)), {recursive: true})
  fs.writeFileSync(at(file), text)
}
const read = (file: string) => fs.readFileSync(at(file), 'utf8')
const rename = (from: string, to: string) => fs.renameSync(at(from), at(to))

const components = [
  'Ledger',
  'Mailer',
  'Router',
  'Scheduler',
  'Uploader',
  'Notifier',
  'Tracker',
  'Archiver'
]

interface Dialect {
  /** Letter after a red's number. */
  red?: string
  green?: string
  separator?: '_' | '-'
}

/** `prompt_05a_ledger_red.md` in the dialect. */
function nameOf(number: number, slug: string, kind: 'red' | 'green', dialect: Dialect): string {
  const sep = dialect.separator ?? '_'
  const letter = kind === 'red' ? (dialect.red ?? '') : (dialect.green ?? 'b')
  const digits = String(number).padStart(2, '0')
  return ['prompt', digits + letter, slug, kind].join(sep) + '.md'
}

function red(number: number, component: string, titleNumber: string, pkg: string): string {
  const file = `${pkg}/${component.toLowerCase()}_test.go`
  return `# **Prompt ${titleNumber}: Unit Tests for ${component}**

**Objective:** Generate the failing unit tests for \`${component}\`.

**TDD Phase:** Red

## **Primary Prompt (Concise)**

Your task is to generate the Go code for the \`${file}\` file.

## **Reinforcement Prompt (Detailed Context)**

**Dependencies (Full source code to be provided):**

1.  \`${pkg}/${pkg}.go\`
`
}

function green(number: number, component: string, pkg: string): string {
  const file = `${pkg}/${component.toLowerCase()}_test.go`
  return `# **Prompt ${String(number).padStart(2, '0')}: Implementation for ${component}**

**Objective:** Generate the implementation of \`${component}\` that makes its tests pass.

**TDD Phase:** Green

## **Primary Prompt (Concise)**

Your task is to generate the Go code for the \`${pkg}/${component.toLowerCase()}.go\` file.

## **Reinforcement Prompt (Detailed Context)**

**Dependencies (Full source code to be provided):**

1.  \`${file}\` (the specification)
`
}

function preprompt(pkg: string): string {
  return `# **Meta-Prompt: ${pkg} Package Generation**

**Persona:** You are a Go engineer.

## **1. Package Overview**

The \`${pkg}\` package.
`
}

/**
 * A suite folder in a dialect: its preprompt and one pair per number, the red
 * titled as its file is numbered (`Prompt 05a`).
 */
function suite(dir: string, numbers: number[], dialect: Dialect = {}, withPreprompt = true) {
  const pkg = path.basename(dir)
  const sep = dialect.separator ?? '_'
  if (withPreprompt)
    write(`${dir}/${['prompt', '00', pkg, 'preprompt'].join(sep)}.md`, preprompt(pkg))
  for (const number of numbers) {
    const component = components[(number - 1) % components.length]!
    const slug = component.toLowerCase()
    const digits = String(number).padStart(2, '0')
    write(
      `${dir}/${nameOf(number, slug, 'red', dialect)}`,
      red(number, component, digits + (dialect.red ?? ''), pkg)
    )
    write(`${dir}/${nameOf(number, slug, 'green', dialect)}`, green(number, component, pkg))
  }
}

describe('the red/green letter scheme', () => {
  it('a suite in `NN`/`NNb` lints clean', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6])
    expect(await lint()).toEqual([])
  })

  it('an `NNa` red in an `NN`/`NNb` suite is one finding, on it', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6])
    rename('ledger/prompt_03_router_red.md', 'ledger/prompt_03a_router_red.md')
    const found = await lint()
    expect(where(found)).toEqual(['ledger/prompt_03a_router_red.md:1 file-name'])
    expect(found[0]?.reason).toBe(
      'Unexpected file name `prompt_03a_router_red.md` (letter `a` after the number, as 5 of 6 reds here are named `NN`), expected `prompt_03_router_red.md`'
    )
  })

  it('a suite in `NNa`/`NNb`, its reds titled `Prompt 05a`, lints clean', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6], {red: 'a'})
    expect(read('ledger/prompt_05a_uploader_red.md')).toContain('Prompt 05a: Unit Tests')
    expect(await lint()).toEqual([])
  })

  it('a red without its `a` in an `NNa`/`NNb` suite is one finding, on it, with the evidence', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6, 7], {red: 'a'})
    rename('ledger/prompt_07a_tracker_red.md', 'ledger/prompt_07_tracker_red.md')
    const found = await lint()
    expect(where(found)).toEqual(['ledger/prompt_07_tracker_red.md:1 file-name'])
    expect(found[0]?.reason).toBe(
      'Unexpected file name `prompt_07_tracker_red.md` (no `a` on a red prompt, as 6 of 7 reds here are named `NNa`), expected `prompt_07a_tracker_red.md`'
    )
  })

  it('a misnamed red that a link names as the house scheme would is one finding, the name', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6, 7], {red: 'a'})
    const green = 'ledger/prompt_07b_tracker_green.md'
    write(green, read(green) + '\nIts test comes from [the red](prompt_07a_tracker_red.md).\n')
    expect(await lint()).toEqual([])
    rename('ledger/prompt_07a_tracker_red.md', 'ledger/prompt_07_tracker_red.md')
    // The link names the file as it should be named: `file-name`'s finding, not a broken link.
    expect(where(await lint())).toEqual(['ledger/prompt_07_tracker_red.md:1 file-name'])
  })

  it('a small `NNa`/`NNb` suite, too few names to learn from, lints clean', async () => {
    suite('ledger', [1, 2], {red: 'a'})
    expect(await lint()).toEqual([])
  })

  it('a small suite that mixes `NNa` and `NN` reds is held to the default', async () => {
    suite('ledger', [1, 2], {red: 'a'})
    rename('ledger/prompt_02a_mailer_red.md', 'ledger/prompt_02_mailer_red.md')
    expect(where(await lint())).toEqual(['ledger/prompt_01a_ledger_red.md:1 file-name'])
  })

  it('two suites of one repository in two dialects are each held to their own', async () => {
    // Eight of ten reds of the repository are `NN`: the small `NNa` suite is consistent with itself.
    suite('ledger', [1, 2, 3, 4, 5, 6, 7, 8])
    suite('mailer', [1, 2], {red: 'a'})
    expect(await lint()).toEqual([])
    rename('mailer/prompt_02a_mailer_red.md', 'mailer/prompt_02_mailer_red.md')
    // Now the suite mixes `NNa` and `NN`: the repository's `NN` decides.
    const found = await lint()
    expect(where(found)).toEqual(['mailer/prompt_01a_ledger_red.md:1 file-name'])
    expect(found[0]?.reason).toContain('as 9 of 10 reds here are named `NN`')
  })

  it('a title `Prompt 05a` with another number is still one title finding', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6], {red: 'a'})
    const file = 'ledger/prompt_05a_uploader_red.md'
    write(file, read(file).replace('Prompt 05a', 'Prompt 04a'))
    expect(where(await lint())).toEqual([`${file}:1 title`])
  })

  it('the configuration pins the scheme: a red the pin disagrees with is one finding', async () => {
    suite('ledger', [1, 2, 3], {red: 'a'})
    suite('mailer', [1, 2, 3], {red: 'a'})
    rename('mailer/prompt_03a_router_red.md', 'mailer/prompt_03_router_red.md')
    // Five of six reds are `NNa`: below 80%, nothing is learned, so without the pin the
    // five are held to the default `NN`.
    const found = await lint({style: {names: {red: 'NNa'}}})
    expect(where(found)).toEqual(['mailer/prompt_03_router_red.md:1 file-name'])
    expect(found[0]?.reason).toContain('(no `a` on a red prompt, as the configuration says)')
  })
})

describe('the separator', () => {
  it('a suite that separates with `-` lints clean', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6], {separator: '-'})
    expect(await lint()).toEqual([])
  })

  it('a small suite that separates with `-` lints clean', async () => {
    suite('ledger', [1], {separator: '-'})
    expect(await lint()).toEqual([])
  })

  it('an `_` name in a `-` suite is one finding, on it', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6], {separator: '-'})
    rename('ledger/prompt-04-scheduler-red.md', 'ledger/prompt_04_scheduler_red.md')
    const found = await lint()
    expect(where(found)).toEqual(['ledger/prompt_04_scheduler_red.md:1 file-name'])
    expect(found[0]?.reason).toBe(
      'Unexpected file name `prompt_04_scheduler_red.md` (separator `_`, as 12 of 13 prompt names here use `-`), expected `prompt-04-scheduler-red.md`'
    )
  })
})

describe('numbered variants of one step', () => {
  const goal = (title: string) => `# ${title}\n\nThe goal of the ledger package.\n`

  it('`prompt_00_0_goal.md` and `prompt_00_1_goal_simplified.md` are one step, no preprompt: clean', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6])
    write('ledger/prompt_00_0_goal.md', goal('Goal'))
    write('ledger/prompt_00_1_goal_simplified.md', goal('Goal, simplified'))
    expect(await lint()).toEqual([])
  })

  it('variants of a numbered step are one step: clean', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6])
    write('ledger/prompt_07_0_rollout.md', goal('Prompt 07: Rollout'))
    write('ledger/prompt_07_1_rollout_short.md', goal('Prompt 07: Rollout, short'))
    expect(await lint()).toEqual([])
  })

  it('a misnamed variant is one finding, on it', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6])
    write('ledger/prompt_00_0_goal.md', goal('Goal'))
    write('ledger/prompt_00_1_goal-simplified.md', goal('Goal, simplified'))
    const found = await lint()
    expect(where(found)).toEqual(['ledger/prompt_00_1_goal-simplified.md:1 file-name'])
    expect(found[0]?.reason).toMatch(/expected `prompt_00_1_goal_simplified\.md`$/)
  })
})

describe('--fix renames an outlier to the house scheme', () => {
  it('with every reference', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6, 7], {red: 'a'})
    rename('ledger/prompt_07a_tracker_red.md', 'ledger/prompt_07_tracker_red.md')
    const green = 'ledger/prompt_07b_tracker_green.md'
    write(green, read(green) + '\nSee [the red prompt](prompt_07_tracker_red.md).\n')
    const io = capture()
    const code = await main(['--fix'], root, io.streams)
    expect(code).toBe(0)
    expect(io.stderr() + io.stdout()).toContain(
      'renamed ledger/prompt_07_tracker_red.md -> ledger/prompt_07a_tracker_red.md'
    )
    expect(fs.existsSync(at('ledger/prompt_07a_tracker_red.md'))).toBe(true)
    expect(read(green)).toContain('[the red prompt](prompt_07a_tracker_red.md)')
    expect(await lint()).toEqual([])
  })
})

describe('the numbering domain', () => {
  // api/ and store/ side by side: [numbers of api, numbers of store, the one finding expected].
  const layouts: Array<[string, number[], number[], string[]]> = [
    ['numbered each alone: clean', [1, 2], [1, 2, 3], []],
    ['numbered in one sequence (api/ 01–02, store/ 03–05): clean', [1, 2], [3, 4, 5], []],
    [
      'a gap in one sequence: on the first prompt after it',
      [1, 2],
      [4, 5],
      ['app/store/prompt_04_scheduler_red.md:1 numbering-gap']
    ],
    [
      'a sequence that does not start at 01: on its first folder',
      [2, 3],
      [4, 5],
      ['app/api/prompt_02_mailer_red.md:1 numbering-gap']
    ],
    [
      'a gap in a folder numbered alone: on it',
      [1, 2],
      [1, 3],
      ['app/store/prompt_03_router_red.md:1 numbering-gap']
    ]
  ]

  it.each(layouts)('%s', async (_name, api, store, expected) => {
    suite('app/api', api)
    suite('app/store', store)
    // The gap's message is asserted by the rule's docs example.
    expect(where(await lint())).toEqual(expected)
  })

  it('a real duplicate across the folders of one sequence is one finding, on the later file', async () => {
    suite('app/api', [1, 2])
    suite('app/store', [3, 4, 5])
    // A step added to api/ without renumbering store/.
    write('app/api/prompt_03_archiver_red.md', red(3, 'Archiver', '03', 'api'))
    write('app/api/prompt_03b_archiver_green.md', green(3, 'Archiver', 'api'))
    const found = await lint()
    expect(where(found)).toEqual(['app/store/prompt_03_router_red.md:1 numbering'])
    expect(found[0]?.reason).toBe(
      'Unexpected number `03` shared with `../api/prompt_03_archiver_red.md`, expected one step per number'
    )
  })

  it('a duplicate in a folder numbered alone is one finding, on the later step', async () => {
    suite('app/api', [1, 2])
    suite('app/store', [1, 2])
    write('app/store/prompt_02_router_red.md', red(2, 'Router', '02', 'store'))
    write('app/store/prompt_02b_router_green.md', green(2, 'Router', 'store'))
    expect(where(await lint())).toEqual(['app/store/prompt_02_router_red.md:1 numbering'])
  })
})

describe('a gap another finding explains', () => {
  it('a renumbered pair whose green title keeps the old number: the title finding alone', async () => {
    suite('ledger', [1, 2, 3, 4])
    rename('ledger/prompt_04_scheduler_red.md', 'ledger/prompt_05_scheduler_red.md')
    rename('ledger/prompt_04b_scheduler_green.md', 'ledger/prompt_05b_scheduler_green.md')
    const red05 = 'ledger/prompt_05_scheduler_red.md'
    write(red05, read(red05).replace('Prompt 04', 'Prompt 05'))
    expect(where(await lint())).toEqual(['ledger/prompt_05b_scheduler_green.md:1 title'])
  })

  it('a removed pair the plan still lists: the plan entries alone', async () => {
    suite('ledger', [1, 2, 3, 4])
    const names = (n: number, slug: string) => [
      `prompt\\_0${n}\\_${slug}\\_red.md`,
      `prompt\\_0${n}b\\_${slug}\\_green.md`
    ]
    const entries = [
      'prompt\\_00\\_ledger\\_preprompt.md',
      ...names(1, 'ledger'),
      ...names(2, 'mailer'),
      ...names(3, 'router'),
      ...names(4, 'scheduler')
    ]
    write(
      'ledger/readme.md',
      '# Ledger: Prompt Plan\n\n## Files to Produce\n\n' +
        entries.map((each) => `* ${each}: a prompt.\n`).join('')
    )
    expect(await lint()).toEqual([])
    fs.rmSync(at('ledger/prompt_03_router_red.md'))
    fs.rmSync(at('ledger/prompt_03b_router_green.md'))
    expect(where(await lint())).toEqual([
      'ledger/readme.md:10 plan-entries',
      'ledger/readme.md:11 plan-entries'
    ])
  })
})

describe('--print-config', () => {
  it('shows the naming scheme in force, with its counts, or where it was pinned', async () => {
    suite('ledger', [1, 2, 3, 4, 5, 6, 7], {red: 'a'})
    rename('ledger/prompt_07a_tracker_red.md', 'ledger/prompt_07_tracker_red.md')
    write('.tddpromptlintrc.json', JSON.stringify({style: {names: {separator: '_'}}}))
    const io = capture()
    expect(
      await main(['--print-config', 'ledger/prompt_01a_ledger_red.md'], root, io.streams)
    ).toBe(0)
    expect(JSON.parse(io.stdout()).style.names).toEqual({
      red: {scheme: 'NNa', from: '6 of 7 names'},
      green: {scheme: 'NNb', from: '7 of 7 names'},
      separator: {scheme: '_', from: 'configuration'},
      case: {scheme: 'lower', from: '15 of 15 names'}
    })
  })

  it('a pin the schema does not know is a configuration error', async () => {
    suite('ledger', [1])
    write('.tddpromptlintrc.json', JSON.stringify({style: {names: {red: 'NN-a'}}}))
    const io = capture()
    expect(await main([], root, io.streams)).toBe(2)
    expect(io.stderr()).toContain('style.names.red')
  })
})
