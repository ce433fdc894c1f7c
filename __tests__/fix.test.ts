/**
 * `--fix`, `--fix-dry-run`, `renumber` and `new --at` against `main()`, on copies
 * of examples/: each fixable defect planted (with the references a real suite
 * would have to the defective name) is fixed to a clean re-lint, and the whole
 * tree afterwards is compared byte for byte with what is expected, so a fix
 * touches only the intended bytes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {copyExamples} from './helpers/copy-examples.js'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {resolveConfig} from '../src/config/config.js'
import {collectFiles} from '../src/io/files.js'
import {applyPlan, diskFixFs, type FixFs} from '../src/fix/apply.js'
import {isConflict, planFixes, type FixPlan} from '../src/fix/plan.js'
import {createLinter} from '../src/engine/lint.js'
import {SuiteModel} from '../src/suite/model.js'
import {capture} from './cli-fixtures.js'

let root: string

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fix-')))
  copyExamples(root)
  fs.mkdirSync(path.join(root, '.git'))
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

type Tree = Map<string, string>

/** Every file under the root (`.git` aside), relative path → bytes as latin1 (byte for byte). */
function snapshot(): Tree {
  const found: Tree = new Map()
  for (const entry of fs.readdirSync(root, {recursive: true, withFileTypes: true})) {
    const full = path.join(entry.parentPath, entry.name)
    const relative = path.relative(root, full)
    if (relative.startsWith('.git') || entry.isDirectory()) continue
    found.set(relative, fs.readFileSync(full).toString('latin1'))
  }
  return new Map([...found].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
}

const at = (file: string) => path.join(root, file)
const read = (file: string) => fs.readFileSync(at(file), 'utf8')
const write = (file: string, text: string) => fs.writeFileSync(at(file), text)
const o = (name: string) => path.join('orchestration', name)
const t = (name: string) => path.join('orchestration', 'testdata', name)
const escaped = (name: string) => name.replace(/_/g, '\\_')
const plan = o('readme.md')

async function run(argv: string[]) {
  const io = capture()
  const code = await main(argv, root, io.streams)
  return {code, stdout: io.stdout(), stderr: io.stderr()}
}

async function findings(): Promise<string[]> {
  const config = resolveConfig({}, undefined, root)
  const {files} = await collectFiles([], {cwd: root, config})
  const linter = createLinter(config.settings, root)
  const found: string[] = []
  for (const file of files) {
    for (const message of (await linter.lint(file)).messages) {
      found.push(`${path.relative(root, file)} ${message.ruleId}: ${message.reason}`)
    }
  }
  return found
}

/**
 * Plant a misnamed prompt as a suite would have it: the file renamed, the plan's
 * entry naming it as it is now, and a link to it from `linker`. The fix must put
 * the name, the entry and the link back: the expected tree is the original with
 * the link line added under the right name.
 */
function misnamed(file: string, wrong: string, linker: string, url: (name: string) => string) {
  return {
    plant() {
      const from = path.join(path.dirname(file), wrong)
      fs.renameSync(at(file), at(from))
      write(plan, read(plan).replace(escaped(path.basename(file)), escaped(wrong)))
      write(linker, read(linker) + `\nSee [it](${url(wrong)}).\n`)
    },
    expect(tree: Tree) {
      tree.set(linker, tree.get(linker) + `\nSee [it](${url(path.basename(file))}).\n`)
    }
  }
}

const red01 = o('prompt_01_config_generator_red.md')
const green01 = o('prompt_01b_config_generator_green.md')
const preprompt = o('prompt_00_orchestration_preprompt.md')
const same = (name: string) => name
const green04 = o('prompt_04b_iam_orchestrator_green.md')

interface Case {
  plant(): void
  expect(tree: Tree): void
}

const cases: Array<[string, Case]> = [
  ['a red in upper case', misnamed(red01, 'Prompt_01_Config_Generator_red.md', green01, same)],
  [
    'a red with a one-digit number',
    misnamed(red01, 'prompt_1_config_generator_red.md', green01, same)
  ],
  ['a red with a dash slug', misnamed(red01, 'prompt_01_config-generator_red.md', green01, same)],
  ['a red with a camel slug', misnamed(red01, 'prompt_01_ConfigGenerator_red.md', green01, same)],
  ['a b on a red', misnamed(red01, 'prompt_01b_config_generator_red.md', green01, same)],
  ['no b on a green', misnamed(green01, 'prompt_01_config_generator_green.md', red01, same)],
  [
    'a preprompt numbered 01, linked from the nested suite',
    misnamed(
      preprompt,
      'prompt_01_orchestration_preprompt.md',
      t('testdata_prompt_01_publisher_red.md'),
      (name) => `../${name}`
    )
  ],
  [
    'a preprompt named _context',
    misnamed(
      preprompt,
      'prompt_00_orchestration_context.md',
      t('testdata_prompt_01_publisher_red.md'),
      (name) => `../${name}`
    )
  ],
  [
    'a nested prompt without the folder’s prefix',
    misnamed(
      t('testdata_prompt_02_subscriber_red.md'),
      'prompt_02_subscriber_red.md',
      t('testdata_prompt_02b_subscriber_green.md'),
      same
    )
  ],
  [
    'a nested prompt with another prefix',
    misnamed(
      t('testdata_prompt_02_subscriber_red.md'),
      'tdata_prompt_02_subscriber_red.md',
      t('testdata_prompt_02b_subscriber_green.md'),
      same
    )
  ],
  [
    'a green titled Prompt 05 in 04b',
    {
      plant: () => write(green04, read(green04).replace('Prompt 04', 'Prompt 05')),
      expect: () => undefined
    }
  ],
  [
    'a green titled Prompt 05, with a BOM and CRLF line endings',
    {
      plant: () =>
        write(
          green04,
          '\uFEFF' + read(green04).replace(/\n/g, '\r\n').replace('Prompt 04', 'Prompt 05')
        ),
      // The tree holds bytes as latin1: the BOM is its three UTF-8 bytes.
      expect: (tree) =>
        tree.set(green04, '\xEF\xBB\xBF' + tree.get(green04)!.replace(/\n/g, '\r\n'))
    }
  ],
  [
    'a green whose phase says Red while its title says Implementation',
    {
      plant: () =>
        write(
          green04,
          read(green04).replace(
            '**TDD Phase:** Green (Write the code to make the failing tests pass).',
            '**TDD Phase:** Red'
          )
        ),
      expect: (tree) =>
        tree.set(
          green04,
          tree
            .get(green04)!
            .replace(
              '**TDD Phase:** Green (Write the code to make the failing tests pass).',
              '**TDD Phase:** Green'
            )
        )
    }
  ],
  [
    'a broken link with one evident target',
    {
      plant: () =>
        write(
          red01,
          read(red01) + '\nSee [the next step](prompt_02_preflight_validatr_red.md#objective).\n'
        ),
      expect: (tree) =>
        tree.set(
          red01,
          tree.get(red01) +
            '\nSee [the next step](prompt_02_preflight_validator_red.md#objective).\n'
        )
    }
  ],
  [
    'a broken link whose evident target is renamed in the same run',
    {
      plant() {
        misnamed(
          o('prompt_02_preflight_validator_red.md'),
          'prompt_2_preflight_validator_red.md',
          o('prompt_02b_preflight_validator_green.md'),
          same
        ).plant()
        write(red01, read(red01) + '\nSee [the next step](prompt_02_preflight_validatr_red.md).\n')
      },
      expect(tree) {
        misnamed(
          o('prompt_02_preflight_validator_red.md'),
          'prompt_2_preflight_validator_red.md',
          o('prompt_02b_preflight_validator_green.md'),
          same
        ).expect(tree)
        tree.set(
          red01,
          tree.get(red01) + '\nSee [the next step](prompt_02_preflight_validator_red.md).\n'
        )
      }
    }
  ]
]

describe.each(cases)('--fix: %s', (_name, each) => {
  it('exits 0, lints clean afterwards and changes only the intended bytes', async () => {
    const expected = snapshot()
    each.expect(expected)
    each.plant()
    const result = await run(['--fix'])
    // What was planted is a finding with a fix: something was renamed or edited…
    expect(result.stderr).toMatch(/^(?:(?:renamed|edited) [^\n]+\n)+$/)
    // …and --fix's own lint afterwards, a fresh linter over every suite (what
    // `findings()` would do again), finds nothing at all, warnings included.
    expect(result.stdout).toMatch(/^✔ No problems \(\d+ files checked\)\n$/)
    expect(result.code).toBe(0)
    expect(snapshot()).toEqual(expected)
  })

  it('--fix-dry-run prints the plan and changes nothing', async () => {
    each.plant()
    const before = snapshot()
    const result = await run(['--fix-dry-run'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^(?:rename \S+ -> \S+\n|--- a\/)/)
    expect(snapshot()).toEqual(before)
  })
})

describe('--fix refuses conflicts', () => {
  it('two files that want one name: exit 2, why, nothing changed', async () => {
    fs.copyFileSync(at(red01), at(o('Prompt_01_config_generator_red.md')))
    fs.renameSync(at(red01), at(o('prompt_1_config_generator_red.md')))
    const before = snapshot()
    const result = await run(['--fix'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^tdd-prompt-lint: cannot fix, nothing changed: [^\n]*Prompt_01_config_generator_red\.md[^\n]*prompt_1_config_generator_red\.md[^\n]*would both be renamed to `orchestration\/prompt_01_config_generator_red\.md`\n$/
    )
    expect(snapshot()).toEqual(before)
  })

  it('a name already taken: exit 2, nothing changed', async () => {
    fs.copyFileSync(at(red01), at(o('prompt_1_config_generator_red.md')))
    const before = snapshot()
    const result = await run(['--fix'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/which exists/)
    expect(snapshot()).toEqual(before)
  })

  it('the dry run says the same and exits 2', async () => {
    fs.copyFileSync(at(red01), at(o('prompt_1_config_generator_red.md')))
    const result = await run(['--fix-dry-run'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
  })
})

describe('--fix leaves what it cannot fix, and reports it', () => {
  it('an empty prompt: nothing changed, exit 1 with the finding', async () => {
    write(o('prompt_05_director_client_red.md'), '')
    const before = snapshot()
    const result = await run(['--fix'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/empty-prompt/)
    expect(snapshot()).toEqual(before)
  })

  it('a prompt that is a symbolic link keeps its text (and the link): exit 1, nothing changed', async () => {
    fs.mkdirSync(at('elsewhere'))
    fs.renameSync(at(green04), at('elsewhere/green.md'))
    write('elsewhere/green.md', read('elsewhere/green.md').replace('Prompt 04', 'Prompt 05'))
    fs.symlinkSync('../elsewhere/green.md', at(green04))
    const before = snapshot()
    const result = await run(['--fix'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/title/)
    expect(fs.lstatSync(at(green04)).isSymbolicLink()).toBe(true)
    expect(snapshot()).toEqual(before)
  })

  it('fixes only the linted folders: a path given limits the renames and rewrites', async () => {
    const wrong = o('prompt_1_config_generator_red.md')
    fs.renameSync(at(red01), at(wrong))
    const before = snapshot()
    const result = await run(['--fix', 'orchestration/testdata'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(snapshot()).toEqual(before)
  })
})

describe('a write that fails in the middle of a fix', () => {
  /** A plan with renames (with references) and edits in several files. */
  async function bigPlan(): Promise<FixPlan> {
    misnamed(red01, 'prompt_1_config_generator_red.md', green01, same).plant()
    misnamed(
      preprompt,
      'prompt_00_orchestration_context.md',
      t('testdata_prompt_01_publisher_red.md'),
      (name) => `../${name}`
    ).plant()
    write(green04, read(green04).replace('Prompt 04', 'Prompt 05'))
    const config = resolveConfig({}, undefined, root)
    const {files} = await collectFiles([], {cwd: root, config})
    const linter = createLinter(config.settings, root)
    const results = await Promise.all(files.map((file) => linter.lint(file)))
    const planned = planFixes(results, new SuiteModel({root}))
    if (isConflict(planned)) throw new Error(planned.conflicts.join('; '))
    expect(planned.renames).toHaveLength(2)
    expect(planned.edits.size).toBeGreaterThanOrEqual(4)
    return planned
  }

  /** The disk, with the `failAt`-th change (write, rename, link or unlink) throwing. */
  function failing(failAt: number): {fs: FixFs; calls: () => number} {
    let calls = 0
    const step = () => {
      calls++
      if (calls === failAt) throw Object.assign(new Error('injected failure'), {code: 'EIO'})
    }
    return {
      calls: () => calls,
      fs: {
        ...diskFixFs,
        writeFileSync(file, data, options) {
          step()
          diskFixFs.writeFileSync(file, data, options)
        },
        renameSync(from, to) {
          step()
          diskFixFs.renameSync(from, to)
        },
        linkSync(existing, created) {
          step()
          diskFixFs.linkSync(existing, created)
        },
        unlinkSync(file) {
          step()
          diskFixFs.unlinkSync(file)
        }
      }
    }
  }

  it('leaves every file as it was, whichever change fails', async () => {
    const planned = await bigPlan()
    const before = snapshot()
    const counting = failing(0)
    const applied = applyPlan(planned, counting.fs)
    const total = counting.calls()
    expect(total).toBeGreaterThan(10)
    applied.undo()
    expect(snapshot()).toEqual(before)
    for (let failAt = 1; failAt <= total; failAt++) {
      expect(() => applyPlan(planned, failing(failAt).fs), `failure at change ${failAt}`).toThrow(
        /nothing changed: injected failure/
      )
      expect(snapshot(), `failure at change ${failAt}`).toEqual(before)
    }
  })
})

describe('renumber', () => {
  it('closes a gap: the suite as it was before the gap', async () => {
    const expected = snapshot()
    for (const [from, to] of [
      ['prompt_06_conductor_red.md', 'prompt_08_conductor_red.md'],
      ['prompt_06b_conductor_green.md', 'prompt_08b_conductor_green.md']
    ] as const) {
      fs.renameSync(at(o(from)), at(o(to)))
      write(o(to), read(o(to)).replace('Prompt 06', 'Prompt 08'))
    }
    write(plan, read(plan).replace(/prompt\\_06/g, 'prompt\\_08'))
    expect(await findings()).toHaveLength(1)
    const dry = await run(['renumber', 'orchestration', '--dry-run'])
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(
      'rename orchestration/prompt_08_conductor_red.md -> orchestration/prompt_06_conductor_red.md\n'
    )
    const result = await run(['renumber', 'orchestration'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(snapshot()).toEqual(expected)
  })

  it('--insert-at 03 then new health_probe --at 03: only the new pair’s placeholders are left', async () => {
    const moved = await run(['renumber', 'orchestration', '--insert-at', '03'])
    expect(moved.stderr).toBe('')
    expect(moved.code).toBe(0)
    expect(moved.stdout).toContain(
      'renamed orchestration/prompt_06b_conductor_green.md -> orchestration/prompt_07b_conductor_green.md\n'
    )
    expect(await findings()).toEqual([expect.stringMatching(/numbering-gap/)])

    const added = await run(['new', 'health_probe', '--at', '03', '--suite', 'orchestration'])
    expect(added.stderr).toBe('')
    expect(added.code).toBe(0)
    expect(added.stdout).toContain('orchestration/prompt_03_health_probe_red.md\n')

    const left = await findings()
    expect(left.length).toBeGreaterThan(0)
    for (const finding of left) {
      expect(finding).toMatch(
        /^orchestration\/prompt_03b?_health_probe_(?:red|green)\.md placeholder: /
      )
    }
    // Titles agree with the numbers; the plan names only files that exist.
    const folder = fs.readdirSync(at('orchestration')).filter((name) => /^prompt_\d/.test(name))
    for (const name of folder) {
      const number = /^prompt_(\d+)/.exec(name)![1]
      if (number !== '00') expect(read(o(name)).split('\n')[0], name).toContain(`Prompt ${number}:`)
    }
    const mentioned = [...read(plan).matchAll(/(?:testdata\\_)?prompt\\_[\w\\]+\.md/g)].map((m) =>
      m[0].replace(/\\_/g, '_')
    )
    const existing = new Set([...folder, ...fs.readdirSync(at('orchestration/testdata'))])
    for (const name of mentioned) expect(existing, name).toContain(name)
    expect(read(plan)).toContain('prompt\\_07\\_conductor\\_red.md')
    expect(read(plan)).toContain('prompt\\_04b\\_deployment\\_orchestrator\\_green.md')
  })

  it('refuses two prompts that would take one name, changing nothing', async () => {
    fs.copyFileSync(
      at(o('prompt_04_iam_orchestrator_red.md')),
      at(o('prompt_4_iam_orchestrator_red.md'))
    )
    const before = snapshot()
    const result = await run(['renumber', 'orchestration', '--insert-at', '03'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^tdd-prompt-lint: cannot renumber, nothing changed: [^\n]*would both be renamed to `orchestration\/prompt_05_iam_orchestrator_red\.md`\n$/
    )
    expect(snapshot()).toEqual(before)
  })
})

describe('fixes cross the worker boundary', () => {
  it('a finding’s expected replacement and related location survive the transfer', async () => {
    const {toTransfer, fromTransfer} = await import('../src/engine/transfer.js')
    const {VFile} = await import('vfile')
    const {related} = await import('../src/engine/report.js')
    const file = new VFile({path: at(green04), cwd: root})
    const message = file.message('Unexpected `Prompt 05`', {
      place: {start: {line: 1, column: 12}, end: {line: 1, column: 14}},
      ruleId: 'title',
      source: 'tdd-prompt-lint',
      cause: related(
        path.join(root, 'orchestration'),
        'prompt_04_iam_orchestrator_red.md',
        'Its red'
      )
    })
    message.expected = ['04']
    const back = fromTransfer(structuredClone(toTransfer(file)), root)
    expect(back.messages[0]?.expected).toEqual(['04'])
    expect((back.messages[0]?.cause as {file?: string}).file).toBe(
      at(o('prompt_04_iam_orchestrator_red.md'))
    )
  })
})

describe('subcommands from one table: `--fix` is a flag of lint', () => {
  it('after `--`, `--fix` is a path: nothing is fixed, the missing path fails the run', async () => {
    fs.renameSync(at(red01), at(o('prompt_1_config_generator_red.md')))
    const before = snapshot()
    const result = await run(['--', '--fix'])
    expect(result.stderr).toBe('tdd-prompt-lint: --fix: no such file or folder\n')
    expect(result.code).toBe(2)
    expect(snapshot()).toEqual(before)
  })

  it('`--fix` is refused by the commands that do not take it', async () => {
    for (const command of ['trace', 'renumber', 'init', 'new']) {
      const result = await run([command, '--fix'])
      expect(result.stderr, command).toBe('tdd-prompt-lint: unknown option `--fix`\n')
      expect(result.code, command).toBe(2)
    }
  })

  it('`new --at` is a flag of `new`: after `--`, `--at` is not seen', async () => {
    const before = snapshot()
    const result = await run(['new', '--suite', 'orchestration', '--', '--at'])
    expect(result.code).toBe(2)
    expect(result.stderr).not.toMatch(/--at <N>/)
    expect(snapshot()).toEqual(before)
  })
})

describe('the order of renames', () => {
  it('a chain runs from its free end and a swap parks one file: contents follow, no temporary left', () => {
    const [a, b, c, d] = ['a.md', 'b.md', 'c.md', 'd.md'].map(at)
    for (const file of [a, b, c]) fs.writeFileSync(file!, path.basename(file!))
    // A chain a → b → d (d free), then a cycle a → b → c → a with an edit of b.
    const chain = applyPlan({
      renames: [
        {from: a!, to: b!},
        {from: b!, to: d!}
      ],
      edits: new Map()
    })
    expect([read('b.md'), read('d.md'), fs.existsSync(a!)]).toEqual(['a.md', 'b.md', false])
    chain.undo()
    expect([read('a.md'), read('b.md'), fs.existsSync(d!)]).toEqual(['a.md', 'b.md', false])
    applyPlan({
      renames: [
        {from: a!, to: b!},
        {from: b!, to: c!},
        {from: c!, to: a!}
      ],
      edits: new Map([[b!, 'b.md edited']])
    })
    expect([read('a.md'), read('b.md'), read('c.md')]).toEqual(['c.md', 'a.md', 'b.md edited'])
    expect(fs.readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('a name written with its folder', () => {
  it('means the file there: a plan entry naming another folder’s file is left alone', async () => {
    const misnamed = o('Prompt_01_config_generator_red.md')
    fs.renameSync(at(red01), at(misnamed))
    fs.copyFileSync(at(misnamed), at('deployment/Prompt_01_config_generator_red.md'))
    const entry = 'Compare ../deployment/Prompt\\_01\\_config\\_generator\\_red.md with ours.\n'
    fs.appendFileSync(at(plan), '\n' + entry)
    const result = await run(['--fix', 'orchestration'])
    expect(result.stderr).toContain(`renamed ${misnamed} -> ${red01}\n`)
    expect(read(plan)).toContain(entry)
  })
})
