/**
 * One finding per defect: each defect real suites have, planted alone in a copy of
 * examples/, gives exactly one finding, on the file a person must change.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {lintTree, type Finding} from './helpers/lint-tree.js'
import {copyExamples, examples} from './helpers/copy-examples.js'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {collectFiles} from '../src/io/files.js'
import {createLinter} from '../src/engine/lint.js'
import {resolveConfig} from '../src/config/config.js'

const orchestration = 'orchestration'
let root: string

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'planted-'))
  copyExamples(root)
  fs.mkdirSync(path.join(root, '.git'))
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

const lint = () => lintTree(root)

const at = (...parts: string[]) => path.join(root, ...parts)
const rename = (from: string, to: string) => fs.renameSync(at(from), at(to))
/** The ledger suite beside the seed suites (copied only where a test needs it). */
const addLedger = () => fs.cpSync(path.join(examples, 'ledger'), at('ledger'), {recursive: true})
const read = (file: string) => fs.readFileSync(at(file), 'utf8')
const write = (file: string, text: string) => fs.writeFileSync(at(file), text)
const o = (name: string) => path.join(orchestration, name)
const red01 = o('prompt_01_config_generator_red.md')

describe('the examples', () => {
  it('lint clean, every prompt file found from the root', async () => {
    addLedger()
    const config = resolveConfig({}, undefined, root)
    const {files} = await collectFiles([], {cwd: root, config})
    expect(files.filter((file) => /prompt_\d/.test(file))).toHaveLength(36)
    // The plans, the requirement documents and the preprompt by role are linted with the prompts.
    expect(
      files.filter((file) => !/prompt_\d/.test(file)).map((file) => path.relative(root, file))
    ).toEqual([
      'deployment/readme.md',
      'ledger/ledger_requirements.md',
      'ledger/meta-prompt.md',
      'ledger/prompt_structure.md',
      'orchestration/l1_requirements.md',
      'orchestration/readme.md'
    ])
    expect(await lint()).toEqual([])
  })

  it('the other-style fixture lints clean too', async () => {
    fs.rmSync(root, {recursive: true, force: true})
    fs.cpSync(path.join(import.meta.dirname, 'fixtures', 'other-style'), root, {recursive: true})
    expect(await lint()).toEqual([])
  })
})

const cases: Array<[string, () => void, string, string]> = [
  [
    'preprompt numbered 01',
    () =>
      rename(o('prompt_00_orchestration_preprompt.md'), o('prompt_01_orchestration_preprompt.md')),
    o('prompt_01_orchestration_preprompt.md'),
    'file-name'
  ],
  [
    'preprompt named _context',
    () =>
      rename(o('prompt_00_orchestration_preprompt.md'), o('prompt_00_orchestration_context.md')),
    o('prompt_00_orchestration_context.md'),
    'file-name'
  ],
  [
    'preprompt missing',
    () => fs.rmSync(at(o('prompt_00_orchestration_preprompt.md'))),
    red01,
    'preprompt'
  ],
  [
    'a second preprompt',
    () =>
      fs.copyFileSync(
        at(o('prompt_00_orchestration_preprompt.md')),
        at(o('prompt_00_conductor_preprompt.md'))
      ),
    o('prompt_00_conductor_preprompt.md'),
    'preprompt'
  ],
  [
    'red in upper case',
    () => rename(red01, o('Prompt_01_Config_Generator_red.md')),
    o('Prompt_01_Config_Generator_red.md'),
    'file-name'
  ],
  [
    'red with a one-digit number',
    () => rename(red01, o('prompt_1_config_generator_red.md')),
    o('prompt_1_config_generator_red.md'),
    'file-name'
  ],
  [
    'red with a dash in its slug',
    () => rename(red01, o('prompt_01_config-generator_red.md')),
    o('prompt_01_config-generator_red.md'),
    'file-name'
  ],
  [
    'a b on a red',
    () => rename(red01, o('prompt_01b_config_generator_red.md')),
    o('prompt_01b_config_generator_red.md'),
    'file-name'
  ],
  [
    'no b on a green',
    () =>
      rename(o('prompt_01b_config_generator_green.md'), o('prompt_01_config_generator_green.md')),
    o('prompt_01_config_generator_green.md'),
    'file-name'
  ],
  [
    'a broken link to the preprompt',
    () =>
      write(red01, read(red01) + '\nSee [the preprompt](prompt_00_orchestraton_preprompt.md).\n'),
    red01,
    'prompt-links'
  ],
  [
    'a broken link to another prompt',
    () =>
      write(red01, read(red01) + '\nSee [the next step](prompt_02_preflight_validatr_red.md).\n'),
    red01,
    'prompt-links'
  ],
  [
    'a missing green',
    () => fs.rmSync(at(o('prompt_04b_iam_orchestrator_green.md'))),
    o('prompt_04_iam_orchestrator_red.md'),
    'pair'
  ],
  [
    'an orphan green',
    () => fs.rmSync(at(o('prompt_04_iam_orchestrator_red.md'))),
    o('prompt_04b_iam_orchestrator_green.md'),
    'pair'
  ],
  [
    'a slug mismatch',
    () =>
      rename(
        o('prompt_03b_deployment_orchestrator_green.md'),
        o('prompt_03b_deployment_manager_green.md')
      ),
    o('prompt_03b_deployment_manager_green.md'),
    'pair'
  ],
  [
    'a gap',
    () => {
      rename(o('prompt_06_conductor_red.md'), o('prompt_07_conductor_red.md'))
      rename(o('prompt_06b_conductor_green.md'), o('prompt_07b_conductor_green.md'))
      for (const file of [o('prompt_07_conductor_red.md'), o('prompt_07b_conductor_green.md')])
        write(file, read(file).replace('Prompt 06', 'Prompt 07'))
      write(o('readme.md'), read(o('readme.md')).replace(/prompt\\_06/g, 'prompt\\_07'))
    },
    o('prompt_07_conductor_red.md'),
    'numbering-gap'
  ],
  [
    'a duplicate number',
    () => {
      for (const [from, to] of [
        ['prompt_02_preflight_validator_red.md', 'prompt_02_health_probe_red.md'],
        ['prompt_02b_preflight_validator_green.md', 'prompt_02b_health_probe_green.md']
      ] as const)
        fs.copyFileSync(at(o(from)), at(o(to)))
      write(
        o('readme.md'),
        read(o('readme.md')) +
          '\n* prompt\\_02\\_health\\_probe\\_red.md: "Red" prompt for the PreflightValidator unit test.\n* prompt\\_02b\\_health\\_probe\\_green.md: "Green" prompt for the PreflightValidator implementation.\n'
      )
    },
    o('prompt_02_preflight_validator_red.md'),
    'numbering'
  ],
  [
    'an empty prompt file',
    () => write(o('prompt_05_director_client_red.md'), ''),
    o('prompt_05_director_client_red.md'),
    'empty-prompt'
  ],
  [
    'a green titled with another number',
    () =>
      write(
        o('prompt_04b_iam_orchestrator_green.md'),
        read(o('prompt_04b_iam_orchestrator_green.md')).replace('Prompt 04', 'Prompt 05')
      ),
    o('prompt_04b_iam_orchestrator_green.md'),
    'title'
  ],
  [
    'a red file holding another pair’s green prompt',
    () =>
      write(
        o('prompt_02_preflight_validator_red.md'),
        read(o('prompt_05b_director_client_green.md'))
      ),
    o('prompt_02_preflight_validator_red.md'),
    'phase'
  ],
  [
    'a green file holding its red prompt',
    () =>
      write(
        o('prompt_04b_iam_orchestrator_green.md'),
        read(o('prompt_04_iam_orchestrator_red.md'))
      ),
    o('prompt_04b_iam_orchestrator_green.md'),
    'phase'
  ],
  [
    'a green without the changelog the rest have',
    () =>
      write(
        o('prompt_03b_deployment_orchestrator_green.md'),
        read(o('prompt_03b_deployment_orchestrator_green.md')).replace(/\n---\n[\s\S]*$/, '\n')
      ),
    o('prompt_03b_deployment_orchestrator_green.md'),
    'required-sections'
  ],
  [
    'a green without the dependency list the rest have',
    () =>
      write(
        o('prompt_02b_preflight_validator_green.md'),
        read(o('prompt_02b_preflight_validator_green.md')).replace(
          /\*\*Dependencies[\s\S]*?(?=\n---\n)/,
          ''
        )
      ),
    o('prompt_02b_preflight_validator_green.md'),
    'required-sections'
  ],
  [
    'a green citing another pair’s test file',
    () =>
      write(
        o('prompt_01b_config_generator_green.md'),
        read(o('prompt_01b_config_generator_green.md')).replaceAll(
          'conductor/config_generator_test.go',
          'conductor/conductor_test.go'
        )
      ),
    o('prompt_01b_config_generator_green.md'),
    'red-reference'
  ],
  [
    'a green naming another component',
    () =>
      write(
        o('prompt_06b_conductor_green.md'),
        read(o('prompt_06b_conductor_green.md')).replace(
          'Implementation for Conductor',
          'Implementation for ConfigGenerator'
        )
      ),
    o('prompt_06b_conductor_green.md'),
    'pair-component'
  ],
  [
    // Its file-name heading still says the house name: the rename is the one cause.
    'a ledger red named without the `a` its suite gives reds',
    () => {
      addLedger()
      rename(
        path.join('ledger', 'store', 'prompt_03a_balance_cache_red.md'),
        path.join('ledger', 'store', 'prompt_03_balance_cache_red.md')
      )
    },
    path.join('ledger', 'store', 'prompt_03_balance_cache_red.md'),
    'file-name'
  ]
]

describe.each(cases)('planted: %s', (_name, plant, file, rule) => {
  it(`gives one ${rule} finding on ${file}`, async () => {
    plant()
    const found = await lint()
    expect(found.map((each) => `${each.file} ${each.rule}`)).toEqual([`${file} ${rule}`])
  })
})

describe('what real suites do that is fine', () => {
  it('a green citing its red’s test file by base name', async () => {
    const green = o('prompt_01b_config_generator_green.md')
    write(
      green,
      read(green).replaceAll('conductor/config_generator_test.go', 'config_generator_test.go')
    )
    expect(await lint()).toEqual([])
  })

  it('a _context preprompt beside the _preprompt one is one finding, on the old one', async () => {
    fs.copyFileSync(
      at(o('prompt_00_orchestration_preprompt.md')),
      at(o('prompt_00_orchestration_context.md'))
    )
    expect((await lint()).map((each) => `${each.file} ${each.rule}`)).toEqual([
      `${o('prompt_00_orchestration_context.md')} preprompt`
    ])
  })
})

const plan = o('readme.md')
const lineOf = (file: string, text: string) =>
  read(file)
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1

describe('plans and requirements', () => {
  it('a renamed pair: one finding on each stale plan line, the new name expected, the renamed files not reported as unlisted', async () => {
    const lines = [lineOf(plan, 'prompt\\_05\\_director'), lineOf(plan, 'prompt\\_05b\\_director')]
    rename(o('prompt_05_director_client_red.md'), o('prompt_05_remote_director_red.md'))
    rename(o('prompt_05b_director_client_green.md'), o('prompt_05b_remote_director_green.md'))
    const found = await lint()
    expect(found.map(({file, rule, line, reason}) => ({file, rule, line, reason}))).toEqual([
      {
        file: plan,
        rule: 'plan-entries',
        line: lines[0],
        reason:
          'Unexpected missing prompt `prompt_05_director_client_red.md` in the plan, expected `prompt_05_remote_director_red.md`'
      },
      {
        file: plan,
        rule: 'plan-entries',
        line: lines[1],
        reason:
          'Unexpected missing prompt `prompt_05b_director_client_green.md` in the plan, expected `prompt_05b_remote_director_green.md`'
      }
    ])
  })

  it('a pair the plan does not list: one finding on the plan', async () => {
    for (const [from, to] of [
      ['prompt_06_conductor_red.md', 'prompt_07_health_probe_red.md'],
      ['prompt_06b_conductor_green.md', 'prompt_07b_health_probe_green.md']
    ] as const) {
      write(o(to), read(o(from)).replace('Prompt 06', 'Prompt 07'))
    }
    const found = await lint()
    expect(found.map(({file, rule, line}) => ({file, rule, line}))).toEqual([
      {file: plan, rule: 'plan-coverage', line: lineOf(plan, 'prompt\\_06b\\_conductor')}
    ])
    expect(found[0]?.reason).toBe(
      'Expected `prompt_07_health_probe_red.md` and `prompt_07b_health_probe_green.md` in the plan, which lists 13 of the 15 prompts of `orchestration`'
    )
  })

  it('an entry that says "Green" for a red prompt: one finding', async () => {
    const line = lineOf(plan, 'prompt\\_06\\_conductor\\_red')
    write(
      plan,
      read(plan).replace(
        'prompt\\_06\\_conductor\\_red.md: "Red"',
        'prompt\\_06\\_conductor\\_red.md: "Green"'
      )
    )
    const found = await lint()
    expect(found.map(({file, rule, line}) => ({file, rule, line}))).toEqual([
      {file: plan, rule: 'plan-description', line}
    ])
  })

  it('an entry that names another component of the suite: one finding', async () => {
    const line = lineOf(plan, 'prompt\\_06\\_conductor\\_red')
    write(
      plan,
      read(plan).replace(
        '"Red" prompt for the Conductor unit test',
        '"Red" prompt for the ConfigGenerator unit test'
      )
    )
    const found = await lint()
    expect(found.map(({file, rule, line}) => ({file, rule, line}))).toEqual([
      {file: plan, rule: 'plan-description', line}
    ])
    expect(found[0]?.reason).toBe(
      'Unexpected component `ConfigGenerator` for `prompt_06_conductor_red.md`, expected `Conductor` as its title says'
    )
  })

  it('a prompt citing a requirement no document defines: one finding on that line', async () => {
    const red05 = o('prompt_05_director_client_red.md')
    write(red05, read(red05).replace('* **(L1-3.2) No credentials', '* **(L1-9.9) No credentials'))
    const found = await lint()
    expect(found.map(({file, rule, line}) => ({file, rule, line}))).toEqual([
      {file: red05, rule: 'requirement-reference', line: lineOf(red05, 'L1-9.9')}
    ])
  })

  it('a "must" requirement no prompt cites: one warning on its row', async () => {
    const requirements = o('l1_requirements.md')
    write(
      requirements,
      read(requirements).replace(
        /(\| 4\.1 \|[^\n]*\n)/,
        '$1| 4.2 | Each test-data service must log every request it refuses, with the reason. |\n'
      )
    )
    const found = await lint()
    expect(found).toEqual([
      {
        file: requirements,
        rule: 'requirement-coverage',
        line: lineOf(requirements, '| 4.2 |'),
        reason: 'Expected a prompt to cite `L1-4.2`, a requirement that says `must`',
        severity: 'warning'
      }
    ])
  })
})

describe('one cause, one finding', () => {
  it('the plan entry for a missing green rides along with the pair finding as its related location', async () => {
    fs.rmSync(at(o('prompt_04b_iam_orchestrator_green.md')))
    const config = resolveConfig({}, undefined, root)
    const linter = createLinter(config.settings, root)
    const result = await linter.lint(at(o('prompt_04_iam_orchestrator_red.md')))
    const [message] = result.messages
    expect(message?.ruleId).toBe('pair')
    const cause = message?.cause as {file?: string; line?: number} | undefined
    expect(cause?.file).toBe(at(plan))
    expect(cause?.line).toBe(lineOf(plan, 'prompt\\_04b\\_iam'))
  })

  it('the rules on prompts pass plans and requirement documents by, and the plan rules pass prompts by', async () => {
    // Defects of every prompt rule, in a document that is no prompt: a bad front matter, an empty
    // title, no sections, a broken link and a missing preprompt would all be findings on a prompt.
    write(o('notes.md'), '---\nnot: [closed\n\n# Notes\n\n[gone](prompt_09_gone_red.md)\n')
    // A prompt that names two prompt files that do not exist, in plain text, is no plan.
    write(
      red01,
      read(red01) + '\nLater: prompt\\_09\\_gone\\_red.md, prompt\\_09b\\_gone\\_green.md.\n'
    )
    const found = await lint()
    expect(found).toEqual([])
  })
})

describe('a few prompts missing a section the rest of the suite has', () => {
  const withoutChangelog = (file: string) =>
    write(file, read(file).replace(/\n---\n[\s\S]*$/, '\n'))

  it('two reds without the changelog (7 of 9 reds, 16 of 18 reds and greens): one finding each', async () => {
    const reds = [red01, o('prompt_04_iam_orchestrator_red.md')]
    for (const red of reds) withoutChangelog(red)
    const found = await lint()
    expect(found.map((each) => `${each.file} ${each.rule}`)).toEqual(
      reds.map((red) => `${red} required-sections`)
    )
    expect(found[0]?.reason).toBe(
      'Expected a `Prompt Changelog` section in this red prompt, as 16 of 18 red and green prompts here have'
    )
  })

  it('a section both kinds have in about three quarters of the suite (Persona) is no house style, though 8 of 9 reds have it', async () => {
    const withoutPersona = (file: string) =>
      write(file, read(file).replace(/\*\*Persona:\*\*[^\n]*\n\n/, ''))
    withoutPersona(o('prompt_03_deployment_orchestrator_red.md'))
    for (const name of [
      '01b_config_generator',
      '02b_preflight_validator',
      '04b_iam_orchestrator',
      '06b_conductor'
    ])
      withoutPersona(o(`prompt_${name}_green.md`))
    expect(read(o('prompt_06b_conductor_green.md'))).not.toContain('Persona')
    expect(await lint()).toEqual([])
  })

  it('a section most greens have and half the reds lack is no house style of the reds', async () => {
    for (const name of [
      '01_config_generator',
      '02_preflight_validator',
      '03_deployment_orchestrator',
      '04_iam_orchestrator',
      '05_director_client'
    ])
      withoutChangelog(o(`prompt_${name}_red.md`))
    expect(await lint()).toEqual([])
  })
})

describe('two generations in one repository', () => {
  it('hold each top-level folder to its own house style', async () => {
    // With the ledger suite, 84% of the repository's reds have the sections the small
    // fixture suite's three reds all lack: it still keeps its own.
    addLedger()
    const generation = path.join(root, 'prompts')
    fs.mkdirSync(generation)
    for (const name of ['orchestration', 'deployment'])
      fs.renameSync(at(name), path.join(generation, name))
    fs.cpSync(
      path.join(import.meta.dirname, 'fixtures', 'other-style'),
      path.join(root, 'promptplan'),
      {recursive: true}
    )
    const green = path.join('prompts', o('prompt_03b_deployment_orchestrator_green.md'))
    write(green, read(green).replace(/\n---\n[\s\S]*$/, '\n'))
    expect((await lint()).map((each) => `${each.file} ${each.rule}`)).toEqual([
      `${green} required-sections`
    ])
  })
})

describe('requirement schemes and scopes', () => {
  const requirements = o('l1_requirements.md')
  const red05 = o('prompt_05_director_client_red.md')
  const rows = () =>
    [...read(requirements).matchAll(/^\| (\d+\.\d+) \| (.*) \|$/gm)].map(([, id, text]) => ({
      id: id!,
      text: text!
    }))
  /** The requirement document rewritten with one requirement per heading or per bold line. */
  const rewrite = (form: (id: string, text: string) => string) =>
    write(
      requirements,
      '# L1 Requirements: Orchestration Package\n\n' +
        rows()
          .map(({id, text}) => form(id, text))
          .join('\n')
    )
  const heading = (id: string, text: string) => `### L1-${id} Requirement ${id}\n\n${text}\n`
  const boldLine = (id: string, text: string) => `**L1-${id}** Requirement ${id}\n\n${text}\n`
  const where = (found: Finding[]) => found.map(({file, rule, line}) => ({file, rule, line}))

  it('IDs defined in headings, the requirement under each: clean, and an uncited "must" one is one warning on its heading', async () => {
    rewrite(heading)
    expect(await lint()).toEqual([])
    write(
      requirements,
      read(requirements) + '\n### L1-4.2 Refusals logged\n\nEach service must log every refusal.\n'
    )
    expect(where(await lint())).toEqual([
      {file: requirements, rule: 'requirement-coverage', line: lineOf(requirements, 'L1-4.2')}
    ])
  })

  it('IDs defined in bold lines, the requirement under each: clean, and an uncited "must" one is one warning on its line', async () => {
    rewrite(boldLine)
    expect(await lint()).toEqual([])
    write(
      requirements,
      read(requirements) + '\n**L1-4.2** Refusals logged\n\nEach service must log every refusal.\n'
    )
    expect(where(await lint())).toEqual([
      {file: requirements, rule: 'requirement-coverage', line: lineOf(requirements, 'L1-4.2')}
    ])
  })

  it('IDs defined in headings: a citation of no ID is one finding on its line', async () => {
    rewrite(heading)
    write(red05, read(red05).replace('(L1-3.2) No credentials', '(L1-3.7) No credentials'))
    expect(where(await lint())).toEqual([
      {file: red05, rule: 'requirement-reference', line: lineOf(red05, 'L1-3.7')}
    ])
  })

  it('another scheme (`FR-3.2` in `requirements.md`): clean, and a citation of no ID is one finding', async () => {
    const defined = rows()
    fs.rmSync(at(requirements))
    write(
      o('requirements.md'),
      '# Functional Requirements\n\n' +
        defined.map(({id, text}) => `- **FR-${id}**: ${text}`).join('\n') +
        '\n'
    )
    for (const name of fs.readdirSync(at(orchestration), {recursive: true}).map(String)) {
      if (!name.endsWith('.md')) continue
      // The documents that named the old requirement file name the new one.
      write(
        o(name),
        read(o(name))
          .replace(/L1-(\d)/g, 'FR-$1')
          .replaceAll('l1_requirements.md', 'requirements.md')
          .replaceAll('l1\\_requirements.md', 'requirements.md')
      )
    }
    expect(await lint()).toEqual([])
    write(red05, read(red05).replace('(FR-3.2) No credentials', '(FR-3.9) No credentials'))
    expect(where(await lint())).toEqual([
      {file: red05, rule: 'requirement-reference', line: lineOf(red05, 'FR-3.9')}
    ])
  })

  it('a malformed citation (`L1.3.2` for `L1-3.2`): one finding with the ID it means', async () => {
    write(red05, read(red05).replace('(L1-3.2) No credentials', '(L1.3.2) No credentials'))
    const found = await lint()
    expect(where(found)).toEqual([
      {file: red05, rule: 'requirement-reference', line: lineOf(red05, 'L1.3.2')}
    ])
    expect(found[0]?.reason).toBe(
      'Unexpected requirement `L1.3.2`, expected an ID that a requirement document defines (did you mean `L1-3.2`?)'
    )
  })

  it('a section citation (`L1-3`) is fine, a section no document defines is one finding', async () => {
    write(red05, read(red05).replace('(L1-3.2) No credentials', '(L1-3) No credentials'))
    expect(await lint()).toEqual([])
    write(red05, read(red05).replace('(L1-3) No credentials', '(L1-7) No credentials'))
    expect(where(await lint())).toEqual([
      {file: red05, rule: 'requirement-reference', line: lineOf(red05, 'L1-7')}
    ])
  })

  it('two packages with the same IDs are independent: each counts its own prompts', async () => {
    const own = path.join('deployment', 'l1_requirements.md')
    const red02 = path.join('deployment', 'prompt_02_artifact_store_red.md')
    write(
      own,
      '# L1 Requirements: Deployment Package\n\n| ID | Requirement |\n|---|---|\n| 1.1 | The store shall keep every artifact it accepts. |\n| 1.2 | The store shall refuse an artifact it cannot verify. |\n'
    )
    write(
      red02,
      read(red02).replace(
        '**Key Requirements to Fulfill:**\n',
        '**Key Requirements to Fulfill:**\n\n* **(L1-1.1) Kept artifacts:** every accepted artifact can be read back.\n* **(L1-1.2) Verified artifacts:** an unverified artifact is refused.\n'
      )
    )
    expect(await lint()).toEqual([])
    // The orchestration prompts cite `L1-1.1` too: they do not cover the deployment's.
    write(red02, read(red02).replace('(L1-1.1) Kept artifacts', 'Kept artifacts'))
    expect(where(await lint())).toEqual([
      {file: own, rule: 'requirement-coverage', line: lineOf(own, '| 1.1 |')}
    ])
  })

  it('the same ID defined twice in one package: one finding on the second definition', async () => {
    write(
      requirements,
      read(requirements).replace(
        /(\| 4\.1 \|[^\n]*\n)/,
        '$1| 3.2 | The system shall call the director at most once per run. |\n'
      )
    )
    const found = await lint()
    expect(where(found)).toEqual([
      {
        file: requirements,
        rule: 'requirement-reference',
        line: lineOf(requirements, 'at most once per run')
      }
    ])
  })
})
