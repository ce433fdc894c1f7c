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
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {collectFiles} from '../src/io/files.js'
import {createLinter} from '../src/engine/lint.js'
import {resolveConfig} from '../src/config/config.js'

const examples = path.join(import.meta.dirname, '..', 'examples')
let root: string

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dialect-'))
  fs.mkdirSync(path.join(root, '.git'))
})
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

interface Finding {
  file: string
  rule: string | undefined
  line: number | undefined
  reason: string
}

async function lint(): Promise<Finding[]> {
  const config = resolveConfig({}, undefined, root)
  const {files} = await collectFiles([], {cwd: root, config})
  const linter = createLinter(config.settings, root)
  const found: Finding[] = []
  for (const file of files) {
    for (const message of (await linter.lint(file)).messages) {
      found.push({
        file: path.relative(root, file),
        rule: message.ruleId,
        line: message.line ?? undefined,
        reason: message.reason
      })
    }
  }
  return found
}

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
  fs.cpSync(examples, at(base), {recursive: true})
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
    fs.cpSync(examples, root, {recursive: true})
    const red = red01('.')
    write(red, read(red) + '\nRead prompt\\_00\\_orchestration\\_preprompt.md first.\n')
    expect(await lint()).toEqual([])
  })

  it('in plain text, misspelled: one finding on that line, naming the real one', async () => {
    fs.cpSync(examples, root, {recursive: true})
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
    fs.cpSync(examples, root, {recursive: true})
    const green = path.join('deployment', 'prompt_02b_artifact_store_green.md')
    write(green, read(green) + '\nKeep `meta-prompt.md` open.\n')
    expect(brief(await lint())).toEqual([
      {file: green, rule: 'preprompt-reference', line: lineOf(green, 'meta-prompt.md')}
    ])
  })
})
