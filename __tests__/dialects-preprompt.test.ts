/**
 * The preprompt and the house style in the dialects of the next team: a context
 * named for its role (`meta-prompt.md`, `context.md`, a shared file every prompt
 * links), and suites of one repository written in different styles. Each variant
 * both ways, in a copy of examples/: clean, no finding; one planted defect,
 * exactly one finding on the file and line to change.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {lintTree, type Finding} from './helpers/lint-tree.js'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {copyExamples} from './helpers/copy-examples.js'

let root: string

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dialect-'))
  fs.mkdirSync(path.join(root, '.git'))
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

const lint = () => lintTree(root)

const at = (...parts: string[]) => path.join(root, ...parts)
const read = (file: string) => fs.readFileSync(at(file), 'utf8')
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(at(file)), {recursive: true})
  fs.writeFileSync(at(file), text)
}
const lineOf = (file: string, text: string) =>
  read(file)
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1
const brief = (found: Finding[]) => found.map(({file, rule, line}) => ({file, rule, line}))

const metaPrompt =
  '# **Meta-Prompt: tdctl Generation**\n\n**Persona:** You are a Go engineer.\n\n## **1. Overview**\n\nThe packages of tdctl.\n'

/** examples/ under `base`, each package's numbered preprompt (and its plan line) gone. */
function packagesWithoutPreprompts(base: string): void {
  copyExamples(at(base))
  for (const name of ['orchestration', 'deployment']) {
    fs.rmSync(at(base, name, `prompt_00_${name}_preprompt.md`))
    const plan = path.join(base, name, 'readme.md')
    write(plan, read(plan).replace(/^\* prompt\\_00\\_\w+\\_preprompt\.md:.*\n/m, ''))
  }
}

const red01 = (base: string) =>
  path.join(base, 'orchestration', 'prompt_01_config_generator_red.md')

describe('a meta-prompt.md above the package folders', () => {
  for (const [above, base] of [
    ['one folder', path.join('prompts', 'go')],
    ['two folders', path.join('prompts', 'go')]
  ] as const) {
    const where = above === 'one folder' ? base : path.dirname(base)
    it(`${above} above: the packages work under it, no finding`, async () => {
      packagesWithoutPreprompts(base)
      write(path.join(where, 'meta-prompt.md'), metaPrompt)
      expect(await lint()).toEqual([])
    })

    it(`${above} above: a link to it misspelled is one finding, naming it`, async () => {
      packagesWithoutPreprompts(base)
      write(path.join(where, 'meta-prompt.md'), metaPrompt)
      const red = red01(base)
      const up = above === 'one folder' ? '../' : '../../'
      write(red, read(red) + `\nRead [the meta-prompt](${up}meta_prompt.md) first.\n`)
      const found = await lint()
      expect(brief(found)).toEqual([
        {file: red, rule: 'prompt-links', line: lineOf(red, 'meta_prompt.md')}
      ])
      expect(found[0]?.reason).toBe(
        `Unexpected link to missing \`${up}meta_prompt.md\`, expected \`${up}meta-prompt.md\``
      )
    })
  }

  it('without it, each package is told it has none', async () => {
    packagesWithoutPreprompts('.')
    expect(brief(await lint())).toEqual([
      {
        file: path.join('deployment', 'prompt_01_deployment_interfaces.md'),
        rule: 'preprompt',
        line: 1
      },
      {file: red01('.'), rule: 'preprompt', line: 1}
    ])
  })
})

describe('a context.md beside the prompts', () => {
  it('is the preprompt of its folder (and of the testdata below it): no finding', async () => {
    packagesWithoutPreprompts('.')
    write(path.join('orchestration', 'Context.md'), metaPrompt)
    write(path.join('deployment', 'master-prompt.md'), metaPrompt)
    expect(await lint()).toEqual([])
  })

  it('gone from one package: one finding, on its first prompt', async () => {
    packagesWithoutPreprompts('.')
    write(path.join('deployment', 'master-prompt.md'), metaPrompt)
    expect(brief(await lint())).toEqual([{file: red01('.'), rule: 'preprompt', line: 1}])
  })
})

describe('a suite whose prompts all link ../shared/master_prompt.md', () => {
  function linkAll(target: string): void {
    for (const name of fs.readdirSync(at('orchestration'))) {
      if (!/^prompt_0[1-9]/.test(name)) continue
      const file = path.join('orchestration', name)
      write(file, read(file) + `\nThe context: [master prompt](${target}).\n`)
    }
  }

  it('works under it: no finding', async () => {
    packagesWithoutPreprompts('.')
    write(path.join('deployment', 'context.md'), metaPrompt)
    write(path.join('shared', 'master_prompt.md'), metaPrompt)
    linkAll('../shared/master_prompt.md')
    expect(await lint()).toEqual([])
  })

  it('one prompt linking it under another name: one finding, naming it', async () => {
    packagesWithoutPreprompts('.')
    write(path.join('deployment', 'context.md'), metaPrompt)
    write(path.join('shared', 'master_prompt.md'), metaPrompt)
    linkAll('../shared/master_prompt.md')
    const red = red01('.')
    write(red, read(red).replace('../shared/master_prompt.md', '../shared/masterprompt.md'))
    const found = await lint()
    expect(brief(found)).toEqual([
      {file: red, rule: 'prompt-links', line: lineOf(red, 'masterprompt.md')}
    ])
    expect(found[0]?.reason).toBe(
      'Unexpected link to missing `../shared/masterprompt.md`, expected `../shared/master_prompt.md`'
    )
  })
})

describe('a prompt naming a preprompt that does not exist', () => {
  it('a preprompt named as it is: no finding', async () => {
    copyExamples(root)
    const red = red01('.')
    write(red, read(red) + '\nRead prompt\\_00\\_orchestration\\_preprompt.md first.\n')
    expect(await lint()).toEqual([])
  })

  it('in plain text, misspelled: one finding on that line, naming the real one', async () => {
    copyExamples(root)
    const red = red01('.')
    write(red, read(red) + '\nRead prompt\\_00\\_orchestraton\\_preprompt.md first.\n')
    const found = await lint()
    expect(brief(found)).toEqual([
      {file: red, rule: 'preprompt-reference', line: lineOf(red, 'orchestraton')}
    ])
    expect(found[0]?.reason).toBe(
      'Unexpected reference to missing preprompt `prompt_00_orchestraton_preprompt.md`, expected `prompt_00_orchestration_preprompt.md`'
    )
  })

  it('by role, in backticks, where the suite has a numbered one: one finding', async () => {
    copyExamples(root)
    const green = path.join('deployment', 'prompt_02b_artifact_store_green.md')
    write(green, read(green) + '\nKeep `meta-prompt.md` open.\n')
    expect(brief(await lint())).toEqual([
      {file: green, rule: 'preprompt-reference', line: lineOf(green, 'meta-prompt.md')}
    ])
  })
})

describe('two suites of one repository written in different styles', () => {
  /** examples/ beside a billing suite in another style, grown to five pairs so it has a style of its own. */
  function twoStyles(): void {
    copyExamples(root)
    const billing = path.join(import.meta.dirname, 'fixtures', 'other-style', 'billing')
    fs.cpSync(billing, at('billing'), {recursive: true})
    const grown: Array<[string, string, string, string]> = [
      ['04', 'credit_note_builder', 'CreditNoteBuilder', 'creditNoteBuilder'],
      ['05', 'dunning_scheduler', 'DunningScheduler', 'dunningScheduler']
    ]
    for (const [number, slug, component, module] of grown) {
      for (const [from, to] of [
        ['prompt_01_invoice_builder_red.md', `prompt_${number}_${slug}_red.md`],
        ['prompt_01b_invoice_builder_green.md', `prompt_${number}b_${slug}_green.md`]
      ] as const) {
        const text = fs
          .readFileSync(path.join(billing, from), 'utf8')
          .replaceAll('prompt_01_invoice_builder_red.md', `prompt_${number}_${slug}_red.md`)
          .replaceAll('InvoiceBuilder', component)
          .replaceAll('invoiceBuilder', module)
        write(path.join('billing', to), text)
      }
    }
  }

  it('each is held to its own: no finding', async () => {
    twoStyles()
    expect(await lint()).toEqual([])
  })

  it('a section missing in a billing red: one finding, with the billing suite as evidence', async () => {
    twoStyles()
    const red = path.join('billing', 'prompt_02_tax_calculator_red.md')
    write(red, read(red).replace(/\n## Constraints\n[\s\S]*?(?=\n## )/, '\n'))
    const found = await lint()
    expect(brief(found)).toEqual([{file: red, rule: 'required-sections', line: 1}])
    expect(found[0]?.reason).toBe(
      'Expected a `Constraints` section in this red prompt, as 4 of 5 red prompts here have'
    )
  })

  it('a section missing in an orchestration green: one finding, with the orchestration suite as evidence', async () => {
    twoStyles()
    const green = path.join('orchestration', 'prompt_03b_deployment_orchestrator_green.md')
    write(green, read(green).replace(/\n---\n[\s\S]*$/, '\n'))
    const found = await lint()
    expect(brief(found)).toEqual([{file: green, rule: 'required-sections', line: 1}])
    expect(found[0]?.reason).toMatch(
      /^Expected a `Prompt Changelog` section in this green prompt, as 8 of 9 green prompts here have$/
    )
  })

  it('--print-config shows the scope that decides each kind', async () => {
    twoStyles()
    const printed = async (file: string) => {
      let out = ''
      const stream = {write: (text: string) => ((out += text), true)} as never
      expect(await main(['--print-config', file], root, {stdout: stream, stderr: stream})).toBe(0)
      return JSON.parse(out) as {style: {scope: string; expected: Record<string, {scope: string}>}}
    }
    const billing = await printed('billing/prompt_01_invoice_builder_red.md')
    expect(billing.style.scope).toBe('.')
    expect(billing.style.expected.red?.scope).toBe('billing')
    const deployment = await printed('deployment/prompt_02_artifact_store_red.md')
    expect(deployment.style.expected.red?.scope).toBe('.')
    const testdata = await printed('orchestration/testdata/testdata_prompt_01_publisher_red.md')
    expect(testdata.style.expected.red?.scope).toBe('orchestration')
    expect(testdata.style.expected.preprompt?.scope).toBe('.')
  })
})
