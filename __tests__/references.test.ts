/**
 * References and plans by content, on copies of examples/: each way a suite
 * writes a file name (a plan under another name, as a table; a support
 * document; a Dependencies list, a code span, escaped plain text, a file-name
 * heading; a green naming a red) lints clean while the name is right, and one
 * planted defect gives exactly one finding, on the file and line to change. A
 * property: rename any prompt and exactly the places that name it are
 * reported, and `--fix` mends them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {lintTree} from './helpers/lint-tree.js'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import type {RuleSetting} from '../src/engine/lint.js'
import {capture} from './cli-fixtures.js'
import {copyExamples} from './helpers/copy-examples.js'

const examples = path.join(import.meta.dirname, '..', 'examples')
let root: string

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'references-')))
  copyExamples(root)
  fs.mkdirSync(path.join(root, '.git'))
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

const lint = (rules: Record<string, RuleSetting> = {}, paths: string[] = []) =>
  lintTree(root, {config: {rules}, paths})

const at = (...parts: string[]) => path.join(root, ...parts)
const read = (file: string) => fs.readFileSync(at(file), 'utf8')
const write = (file: string, text: string) => fs.writeFileSync(at(file), text)
const lineOf = (file: string, text: string) =>
  read(file)
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1
const d = (name: string) => path.join('deployment', name)
const green02 = d('prompt_02b_artifact_store_green.md')
const interfaces = 'prompt_01_deployment_interfaces.md'
const escaped = (name: string) => name.replace(/_/g, '\\_')

/** A plan above the package folders, under another name, as a table; it lists a support document. */
const structure = [
  '# Prompt Structure',
  '',
  '| File | Purpose |',
  '| --- | --- |',
  '| `codestyle.md` | The code style every prompt follows |',
  '| `deployment/prompt_00_deployment_preprompt.md` | The deployment context |',
  '| `deployment/prompt_01_deployment_interfaces.md` | Foundation: the interfaces |',
  '| `deployment/prompt_02_artifact_store_red.md` | Red: the ArtifactStore unit test |',
  '| `deployment/prompt_02b_artifact_store_green.md` | Green: the ArtifactStore |',
  '| `deployment/prompt_03_rollout_planner_red.md` | Red: the RolloutPlanner unit test |',
  '| `deployment/prompt_03b_rollout_planner_green.md` | Green: the RolloutPlanner |',
  ''
].join('\n')

function withStructure() {
  write('prompt_structure.md', structure)
  write('codestyle.md', '# Code style\n\nGo, gofmt, table-driven tests.\n')
}

/** Add a line under the green's Dependencies list. */
function dependency(text: string) {
  write(
    green02,
    read(green02).replace(
      '2.  `deployment/interfaces.go`',
      `2.  \`deployment/interfaces.go\`\n${text}`
    )
  )
}

/** Add a paragraph before the green's Dependencies. */
function prose(text: string) {
  write(
    green02,
    read(green02).replace(
      '**Dependencies (Full source code to be provided):**',
      `${text}\n\n**Dependencies (Full source code to be provided):**`
    )
  )
}

/** [name, set-up that lints clean, the planted defect, file, rule, text on the line to change] */
const cases: Array<[string, () => void, () => void, string, string, string]> = [
  [
    'a plan named prompt_structure.md, as a table, naming a prompt that is gone',
    withStructure,
    () =>
      write(
        'prompt_structure.md',
        structure.replace('prompt_03_rollout_planner_red', 'prompt_03_rollout_plan_red')
      ),
    'prompt_structure.md',
    'plan-entries',
    'prompt_03_rollout_plan_red.md'
  ],
  [
    'a support document the plan lists, gone',
    withStructure,
    () => fs.rmSync(at('codestyle.md')),
    'prompt_structure.md',
    'plan-entries',
    'codestyle.md'
  ],
  [
    'a support document the plan lists, renamed',
    withStructure,
    () => fs.renameSync(at('codestyle.md'), at('code_style.md')),
    'prompt_structure.md',
    'plan-entries',
    'codestyle.md'
  ],
  [
    'a renamed prompt still named in a Dependencies list',
    () => dependency(`3.  \`${interfaces}\` (the interfaces)`),
    () => write(green02, read(green02).replace(interfaces, 'prompt_01_deployment_interface.md')),
    green02,
    'stale-reference',
    'prompt_01_deployment_interface.md'
  ],
  [
    'a renamed prompt still named in a code span',
    () => prose(`The interfaces come from \`${interfaces}\`.`),
    () => write(green02, read(green02).replace(interfaces, 'prompt_01_interfaces.md')),
    green02,
    'stale-reference',
    'prompt_01_interfaces.md'
  ],
  [
    'a renamed prompt still named in escaped plain text',
    () => prose(`The interfaces come from ${escaped(interfaces)}.`),
    () =>
      write(
        green02,
        read(green02).replace(escaped(interfaces), escaped('prompt_01_deployment_api.md'))
      ),
    green02,
    'stale-reference',
    escaped('prompt_01_deployment_api.md')
  ],
  [
    'a file-name heading above the title naming another prompt',
    () =>
      write(
        green02,
        `### **${escaped('prompt_02b_artifact_store_green.md')}**\n\n${read(green02)}`
      ),
    () =>
      write(
        green02,
        read(green02).replace(
          escaped('prompt_02b_artifact_store_green.md'),
          escaped('prompt_03b_rollout_planner_green.md')
        )
      ),
    green02,
    'stale-reference',
    escaped('prompt_03b_rollout_planner_green.md')
  ],
  [
    'a green naming another pair’s red prompt and not its own',
    () => prose(`Its tests come from ${escaped('prompt_02_artifact_store_red.md')}.`),
    () =>
      write(
        green02,
        read(green02).replace(
          escaped('prompt_02_artifact_store_red.md'),
          escaped('prompt_03_rollout_planner_red.md')
        )
      ),
    green02,
    'red-reference',
    escaped('prompt_03_rollout_planner_red.md')
  ],
  [
    'a support document under Dependencies, gone',
    () => {
      write(d('codestyle.md'), '# Code style\n')
      dependency('3.  `codestyle.md` (the code style)')
    },
    () => fs.rmSync(at(d('codestyle.md'))),
    green02,
    'stale-reference',
    'codestyle.md'
  ]
]

describe.each(cases)('%s', (_name, setUp, plant, file, rule, text) => {
  it('lints clean while the name is right', async () => {
    setUp()
    expect(await lint()).toEqual([])
  })

  it(`gives one ${rule} finding on the line that names it`, async () => {
    setUp()
    plant()
    const found = await lint()
    expect(found.map((each) => `${each.file}:${each.line} ${each.rule}`)).toEqual([
      `${file}:${lineOf(file, text)} ${rule}`
    ])
  })
})

describe('a name from another suite', () => {
  it('is expected as that suite’s renamed prompt, not as the one of the same number here', async () => {
    const old = 'prompt_02_preflight_validator_red.md'
    prose(`The checks mirror ${escaped(old)}.`)
    expect(await lint()).toEqual([])
    for (const [from, to] of [
      [old, 'prompt_02_preflight_check_red.md'],
      ['prompt_02b_preflight_validator_green.md', 'prompt_02b_preflight_check_green.md']
    ] as const)
      fs.renameSync(at('orchestration', from), at('orchestration', to))
    const found = (await lint()).filter((each) => each.file === green02)
    expect(found.map(({rule, line, reason}) => ({rule, line, reason}))).toEqual([
      {
        rule: 'stale-reference',
        line: lineOf(green02, escaped(old)),
        reason: `Unexpected reference to missing \`${old}\`, expected \`prompt_02_preflight_check_red.md\``
      }
    ])
  })
})

describe('a name renamed in the suite that writes it', () => {
  it('is expected as that suite’s prompt, not as a closer-spelled one of an unrelated package', async () => {
    const pair = (dir: string, number: string, slug: string, text = 'Text.\n') => {
      fs.mkdirSync(at(dir), {recursive: true})
      write(
        `${dir}/prompt_${number}_${slug}_red.md`,
        `# Prompt ${number}: Unit Tests for It\n\n${text}`
      )
      write(
        `${dir}/prompt_${number}b_${slug}_green.md`,
        `# Prompt ${number}: Implement It\n\n${text}`
      )
    }
    pair('packages/alpha', '01', 'alpha')
    pair('packages/alpha', '02', 'bucket_client')
    pair('packages/alpha', '03', 'gamma', 'Builds on prompt\\_02b\\_core\\_bucket\\_green.md.\n')
    pair('packages/beta', '01', 'one')
    pair('packages/beta', '02', 'cache_store')
    const found = (await lint({}, ['packages'])).filter((each) => each.rule === 'stale-reference')
    expect(found.map(({file, line, reason}) => ({file, line, reason}))).toEqual(
      ['packages/alpha/prompt_03_gamma_red.md', 'packages/alpha/prompt_03b_gamma_green.md'].map(
        (file) => ({
          file,
          line: 3,
          reason:
            'Unexpected reference to missing `prompt_02b_core_bucket_green.md`, expected `prompt_02b_bucket_client_green.md`'
        })
      )
    )
  })
})

describe('what prompts name that is no reference', () => {
  it('files to generate, files of other projects, urls and fenced code', async () => {
    prose(
      [
        'Write the package’s `README.md` and `docs/design.md`; the format follows',
        'https://example.com/spec/lockfile.md and the CONTRIBUTING.md of the registry client.',
        '',
        '```text',
        'prompt_09_gone_red.md notes.md',
        '```'
      ].join('\n')
    )
    expect(await lint()).toEqual([])
  })
})

describe('a plan that lists a missing file is an error of its own', () => {
  it('a removed pair in the middle is reported on the plan even with numbering-gap off', async () => {
    const plan = path.join('orchestration', 'readme.md')
    const lines = [
      lineOf(plan, 'prompt\\_03\\_deployment'),
      lineOf(plan, 'prompt\\_03b\\_deployment')
    ]
    for (const name of [
      'prompt_03_deployment_orchestrator_red.md',
      'prompt_03b_deployment_orchestrator_green.md'
    ])
      fs.rmSync(at('orchestration', name))
    const found = await lint({'numbering-gap': 'off'})
    expect(found.map(({file, rule, line}) => ({file, rule, line}))).toEqual([
      {file: plan, rule: 'plan-entries', line: lines[0]},
      {file: plan, rule: 'plan-entries', line: lines[1]}
    ])
  })
})

describe('--fix on a plan', () => {
  it('removes the entries of a pair removed from the middle, and renames a renamed pair’s', async () => {
    const plan = path.join('orchestration', 'readme.md')
    const before = read(plan)
    for (const name of [
      'prompt_03_deployment_orchestrator_red.md',
      'prompt_03b_deployment_orchestrator_green.md'
    ])
      fs.rmSync(at('orchestration', name))
    for (const [from, to] of [
      ['prompt_05_director_client_red.md', 'prompt_05_remote_director_red.md'],
      ['prompt_05b_director_client_green.md', 'prompt_05b_remote_director_green.md']
    ] as const)
      fs.renameSync(at('orchestration', from), at('orchestration', to))
    write('.tddpromptlintrc.json', JSON.stringify({rules: {'numbering-gap': 'off'}}))
    const result = await run(['--fix'])
    expect(result.code).toBe(0)
    expect(read(plan)).toBe(
      before
        .split('\n')
        .filter((line) => !/^\* prompt\\_03b?\\_deployment/.test(line))
        .join('\n')
        .replaceAll('director\\_client\\_', 'remote\\_director\\_')
    )
    expect(await lint({'numbering-gap': 'off'})).toEqual([])
  })
})

// ---------------------------------------------------------------------------
// Property: rename any prompt; exactly the places naming it are reported; --fix mends them.

const places = ['dependency', 'code span', 'escaped prose', 'bold'] as const

/** Write a mention of `name` into `file` in one of the ways suites write names. */
function mention(file: string, name: string, how: (typeof places)[number]) {
  const text = read(file)
  const line =
    how === 'dependency'
      ? `9.  \`${name}\` (a sibling step)`
      : how === 'code span'
        ? `See \`${name}\` for the step before.`
        : how === 'escaped prose'
          ? `See ${escaped(name)} for the step before.`
          : `See **${name}** for the step before.`
  const marker = '**Dependencies (Full source code to be provided):**'
  write(
    file,
    how === 'dependency' && text.includes(marker)
      ? text.replace(/(\*\*Dependencies[^\n]*\n\n(?:.+\n)+)/, `$1${line}\n`)
      : text.replace(/\n---\n/, `\n${line}\n\n---\n`)
  )
}

function promptsOf(dir: string): string[] {
  return fs
    .readdirSync(at(dir))
    .filter((name) => /^prompt_\d/.test(name))
    .sort()
}

async function run(argv: string[]) {
  const io = capture()
  const code = await main(argv, root, io.streams)
  return {code, stdout: io.stdout(), stderr: io.stderr()}
}

const referenceRules = new Set(['stale-reference', 'plan-entries', 'prompt-links'])

describe('property: a renamed prompt', () => {
  it('is reported once per place that names it, and --fix mends every place', async () => {
    const suite = 'deployment'
    const names = promptsOf(suite)
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names.filter((name) => !name.includes('preprompt'))),
        fc.array(
          fc.record({
            file: fc.constantFrom(...names.filter((name) => /_(?:red|green)\.md$/.test(name))),
            how: fc.constantFrom(...places)
          }),
          {maxLength: 3}
        ),
        fc.constantFrom('_v2', '_next'),
        async (renamed, mentions, suffix) => {
          fs.rmSync(at(suite), {recursive: true, force: true})
          fs.cpSync(path.join(examples, suite), at(suite), {recursive: true})
          // One mention per file, never a green naming a red (`red-reference` judges that).
          const planted = mentions.filter(
            (each, index) =>
              each.file !== renamed &&
              mentions.findIndex((other) => other.file === each.file) === index &&
              !(each.file.endsWith('_green.md') && renamed.endsWith('_red.md'))
          )
          for (const each of planted) mention(path.join(suite, each.file), renamed, each.how)
          expect(await lint({}, [suite])).toEqual([])
          // A red or green is renamed with its partner, as a pair is (a slug the pair
          // does not share is `pair`'s finding, and the plan's entry its to explain).
          const number = /^prompt_(\d+)/.exec(renamed)![1]
          const group = /_(?:red|green)\.md$/.test(renamed)
            ? names.filter((name) =>
                new RegExp(`^prompt_${number}b?_.*_(?:red|green)\\.md$`).test(name)
              )
            : [renamed]
          const moves = new Map(
            group.map((name) => [name, name.replace(/(_red|_green)?\.md$/, `${suffix}$1.md`)])
          )
          for (const [from, to] of moves) fs.renameSync(at(suite, from), at(suite, to))
          const to = moves.get(renamed)!
          // The plan names every prompt; each planted mention is one more place.
          const plan = path.join(suite, 'readme.md')
          const expected = [
            ...group.map((name) => `${plan}:${lineOf(plan, escaped(name))}`),
            ...planted.map((each) => {
              const file = path.join(suite, moves.get(each.file) ?? each.file)
              const written = each.how === 'escaped prose' ? escaped(renamed) : renamed
              return `${file}:${lineOf(file, written)}`
            })
          ].sort()
          const found = (await lint({}, [suite])).filter((each) =>
            referenceRules.has(each.rule ?? '')
          )
          expect(found.map((each) => `${each.file}:${each.line}`).sort()).toEqual(expected)
          for (const each of found)
            expect(
              [...moves.values()].some((name) => each.reason.includes(`expected \`${name}\``))
            ).toBe(true)
          const fixed = await run(['--fix', suite])
          expect(fixed.stderr).not.toMatch(/conflict/i)
          const after = (await lint({}, [suite])).filter((each) =>
            referenceRules.has(each.rule ?? '')
          )
          expect(after).toEqual([])
          for (const each of planted)
            expect(read(path.join(suite, moves.get(each.file) ?? each.file))).toContain(
              each.how === 'escaped prose' ? escaped(to) : to
            )
        }
      ),
      {numRuns: 10}
    )
  }, 180_000)
})

describe('property: a renamed prompt of the ledger suite (another dialect)', () => {
  it('is reported on every line that names it, file-name headings and folder-qualified plan rows included, and --fix mends them', async () => {
    const prompts = ['store', 'api'].flatMap((dir) =>
      fs
        .readdirSync(path.join(examples, 'ledger', dir))
        .filter((name) => /^prompt_\d/.test(name))
        .map((name) => path.join(dir, name))
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prompts),
        fc.constantFrom('_v2', '_next'),
        async (renamed, suffix) => {
          fs.rmSync(at('ledger'), {recursive: true, force: true})
          fs.cpSync(path.join(examples, 'ledger'), at('ledger'), {recursive: true})
          expect(await lint({}, ['ledger'])).toEqual([])
          // A red or green is renamed with its partner (`02a` with `02b`), as a pair is.
          const [dir, name] = [path.dirname(renamed), path.basename(renamed)]
          const number = /^prompt_(\d+)/.exec(name)![1]
          const group = /_(?:red|green)\.md$/.test(name)
            ? prompts.filter((each) =>
                new RegExp(`^${dir}/prompt_${number}[ab]_.*_(?:red|green)\\.md$`).test(each)
              )
            : [renamed]
          const moves = new Map(
            group.map((each) => [
              path.basename(each),
              path.basename(each).replace(/(_red|_green)?\.md$/, `${suffix}$1.md`)
            ])
          )
          for (const [from, to] of moves)
            fs.renameSync(at('ledger', dir, from), at('ledger', dir, to))
          // Every line of the suite that names a renamed file, as written or escaped.
          const expected: string[] = []
          for (const file of fs.readdirSync(at('ledger'), {recursive: true}).map(String)) {
            if (!file.endsWith('.md')) continue
            const shown = path.join('ledger', file)
            read(shown)
              .split('\n')
              .forEach((line, index) => {
                if (
                  [...moves.keys()].some((old) => line.includes(old) || line.includes(escaped(old)))
                )
                  expected.push(`${shown}:${index + 1}`)
              })
          }
          const found = (await lint({}, ['ledger'])).filter((each) =>
            referenceRules.has(each.rule ?? '')
          )
          expect(found.map((each) => `${each.file}:${each.line}`).sort()).toEqual(expected.sort())
          await run(['--fix', 'ledger'])
          expect(await lint({}, ['ledger'])).toEqual([])
        }
      ),
      {numRuns: 8}
    )
  }, 180_000)
})
