/**
 * The reference suite lints clean, and each class of defect planted into a copy
 * of it, one at a time, is reported on the right file by the right rule.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createLinter} from '../src/lint.js'
import {clearSuiteCache} from '../src/suite.js'
import {place} from './helpers/examples.js'

const examples = path.join(import.meta.dirname, '..', 'examples')
let root: string

interface Finding {
  file: string
  ruleId: string
  place: string
  reason: string
  related: string | undefined
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-suite-'))
  fs.cpSync(examples, root, {recursive: true})
  clearSuiteCache()
})

afterEach(() => {
  fs.rmSync(root, {recursive: true, force: true})
})

const orchestration = (name: string) => path.join(root, 'orchestration', name)
const testdata = (name: string) => path.join(root, 'testdata', name)

function edit(file: string, change: (text: string) => string): void {
  const before = fs.readFileSync(file, 'utf8')
  const after = change(before)
  expect(after).not.toBe(before)
  fs.writeFileSync(file, after)
}

async function lintAll(settings = {}): Promise<Finding[]> {
  clearSuiteCache()
  const linter = createLinter(settings, root)
  const findings: Finding[] = []
  for (const folder of ['orchestration', 'testdata']) {
    for (const name of fs.readdirSync(path.join(root, folder)).sort()) {
      findings.push(...toFindings(await linter.lint(path.join(root, folder, name))))
    }
  }
  return findings
}

function toFindings(file: Awaited<ReturnType<ReturnType<typeof createLinter>['lint']>>): Finding[] {
  return file.messages.map((message) => {
    const cause = message.cause as {file?: string} | undefined
    return {
      file: path.relative(root, file.path),
      ruleId: String(message.ruleId),
      place: place(message),
      reason: message.reason,
      related: cause?.file ? path.relative(root, cause.file) : undefined
    }
  })
}

describe('the reference suite', () => {
  it('has the 19 files of the seed and lints clean', async () => {
    expect(fs.readdirSync(path.join(root, 'orchestration'))).toHaveLength(13)
    expect(fs.readdirSync(path.join(root, 'testdata'))).toHaveLength(6)
    expect(await lintAll()).toEqual([])
  })
})

describe('planted defects', () => {
  it.each([
    ['Prompt_01_config_generator_red.md', 'upper case'],
    ['prompt_1_config_generator_red.md', 'one-digit number `1`'],
    ['prompt_01b_config_generator_red.md', '`b` on a red prompt'],
    ['prompt_01_config-generator_red.md', 'slug `config-generator` is not lower snake case'],
    ['prompt_01_configGenerator_red.md', 'slug `configGenerator` is not lower snake case']
  ])('file-name: %s (%s)', async (name, problem) => {
    fs.renameSync(orchestration('prompt_01_config_generator_red.md'), orchestration(name))
    const findings = await lintAll()
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: `orchestration/${name}`,
        ruleId: 'file-name',
        place: '1:1',
        reason: expect.stringContaining(problem)
      })
    )
  })

  it('file-name: a green without `b`, a preprompt not 00, a prefix unlike the folder’s', async () => {
    fs.renameSync(
      orchestration('prompt_02b_preflight_validator_green.md'),
      orchestration('prompt_02_preflight_validator_green.md')
    )
    fs.renameSync(
      orchestration('prompt_00_orchestration_preprompt.md'),
      orchestration('prompt_01_orchestration_preprompt.md')
    )
    fs.renameSync(
      testdata('testdata_prompt_02_subscriber_red.md'),
      testdata('td_prompt_02_subscriber_red.md')
    )
    const findings = await lintAll()
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: 'orchestration/prompt_02_preflight_validator_green.md',
        ruleId: 'file-name',
        reason: expect.stringContaining('expected `prompt_02b_preflight_validator_green.md`')
      })
    )
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: 'orchestration/prompt_01_orchestration_preprompt.md',
        ruleId: 'file-name',
        reason: expect.stringContaining('expected `prompt_00_orchestration_preprompt.md`')
      })
    )
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: 'testdata/td_prompt_02_subscriber_red.md',
        ruleId: 'file-name',
        reason: expect.stringContaining('expected `testdata_prompt_02_subscriber_red.md`'),
        related: expect.stringMatching(/^testdata\/testdata_prompt_/)
      })
    )
  })

  it('pair: a deleted green leaves its red flagged', async () => {
    fs.rmSync(orchestration('prompt_04b_iam_orchestrator_green.md'))
    expect(await lintAll()).toContainEqual({
      file: 'orchestration/prompt_04_iam_orchestrator_red.md',
      ruleId: 'pair',
      place: '1:1',
      reason: 'Expected `prompt_04b_iam_orchestrator_green.md` to pair with this red prompt',
      related: undefined
    })
  })

  it('pair: a deleted red leaves its green flagged', async () => {
    fs.rmSync(testdata('testdata_prompt_03_director_red.md'))
    expect(await lintAll()).toContainEqual(
      expect.objectContaining({
        file: 'testdata/testdata_prompt_03b_director_green.md',
        ruleId: 'pair',
        reason: 'Expected `testdata_prompt_03_director_red.md` to pair with this green prompt'
      })
    )
  })

  it('pair: slugs that differ are reported on both files, each naming the other', async () => {
    fs.renameSync(
      orchestration('prompt_03b_deployment_orchestrator_green.md'),
      orchestration('prompt_03b_deployment_manager_green.md')
    )
    const pairs = (await lintAll()).filter((finding) => finding.ruleId === 'pair')
    expect(pairs).toEqual([
      expect.objectContaining({
        file: 'orchestration/prompt_03_deployment_orchestrator_red.md',
        related: 'orchestration/prompt_03b_deployment_manager_green.md'
      }),
      expect.objectContaining({
        file: 'orchestration/prompt_03b_deployment_manager_green.md',
        related: 'orchestration/prompt_03_deployment_orchestrator_red.md'
      })
    ])
  })

  it('numbering: a gap is reported on the first prompt after it', async () => {
    fs.rmSync(orchestration('prompt_03_deployment_orchestrator_red.md'))
    fs.rmSync(orchestration('prompt_03b_deployment_orchestrator_green.md'))
    const numbering = (await lintAll()).filter((finding) => finding.ruleId === 'numbering')
    expect(numbering).toEqual([
      {
        file: 'orchestration/prompt_04_iam_orchestrator_red.md',
        ruleId: 'numbering',
        place: '1:1',
        reason: 'Unexpected number `04` after `02`, expected `03`',
        related: 'orchestration/prompt_02b_preflight_validator_green.md'
      }
    ])
  })

  it('numbering: a suite that does not start at 01', async () => {
    fs.rmSync(testdata('testdata_prompt_01_publisher_red.md'))
    fs.rmSync(testdata('testdata_prompt_01b_publisher_green.md'))
    expect(await lintAll()).toContainEqual(
      expect.objectContaining({
        file: 'testdata/testdata_prompt_02_subscriber_red.md',
        ruleId: 'numbering',
        reason: 'Unexpected first number `02`, expected the suite to start at `01`'
      })
    )
  })

  it('numbering: two pairs with one number are reported on each file', async () => {
    fs.copyFileSync(
      orchestration('prompt_06_conductor_red.md'),
      orchestration('prompt_06_teardown_red.md')
    )
    fs.copyFileSync(
      orchestration('prompt_06b_conductor_green.md'),
      orchestration('prompt_06b_teardown_green.md')
    )
    const files = (await lintAll())
      .filter((finding) => finding.ruleId === 'numbering')
      .map((finding) => finding.file)
    expect(files).toEqual([
      'orchestration/prompt_06_conductor_red.md',
      'orchestration/prompt_06_teardown_red.md',
      'orchestration/prompt_06b_conductor_green.md',
      'orchestration/prompt_06b_teardown_green.md'
    ])
  })

  it('preprompt: a suite without one, and a suite with two', async () => {
    fs.rmSync(orchestration('prompt_00_orchestration_preprompt.md'))
    fs.copyFileSync(testdata('testdata_prompt_01_publisher_red.md'), path.join(root, 'x.md'))
    let findings = await lintAll()
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: 'orchestration/prompt_01_config_generator_red.md',
        ruleId: 'preprompt',
        reason: expect.stringContaining(
          'Expected a preprompt `prompt_00_<package>_preprompt.md` in this folder'
        )
      })
    )
    // testdata/ borrows that preprompt, so its first prompt is flagged too; nothing else is.
    expect(
      findings.filter((finding) => finding.ruleId === 'preprompt').map((finding) => finding.file)
    ).toEqual([
      'orchestration/prompt_01_config_generator_red.md',
      'testdata/testdata_prompt_01_publisher_red.md'
    ])

    fs.cpSync(examples, root, {recursive: true})
    fs.writeFileSync(orchestration('prompt_00_deploy_preprompt.md'), '# Deploy\n')
    findings = await lintAll()
    expect(
      findings.filter((finding) => finding.ruleId === 'preprompt').map((finding) => finding.file)
    ).toEqual([
      'orchestration/prompt_00_deploy_preprompt.md',
      'orchestration/prompt_00_orchestration_preprompt.md'
    ])
  })

  it('preprompt-reference: no link to the preprompt, and a link that does not resolve', async () => {
    edit(orchestration('prompt_02_preflight_validator_red.md'), (text) =>
      text.replace('[preprompt](prompt_00_orchestration_preprompt.md)', 'preprompt')
    )
    edit(testdata('testdata_prompt_01_publisher_red.md'), (text) =>
      text.replace(
        '../orchestration/prompt_00_orchestration_preprompt.md',
        '../orchestration/prompt_00_orch_preprompt.md'
      )
    )
    const findings = (await lintAll()).filter((finding) => finding.ruleId === 'preprompt-reference')
    expect(findings).toContainEqual({
      file: 'orchestration/prompt_02_preflight_validator_red.md',
      ruleId: 'preprompt-reference',
      place: '1:1',
      reason: 'Expected a link to the suite’s preprompt `prompt_00_orchestration_preprompt.md`',
      related: 'orchestration/prompt_00_orchestration_preprompt.md'
    })
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: 'testdata/testdata_prompt_01_publisher_red.md',
        place: expect.stringMatching(/^6:/),
        reason: expect.stringContaining(
          'Unexpected link to missing preprompt `../orchestration/prompt_00_orch_preprompt.md`'
        )
      })
    )
  })

  it('red-reference: a green that links another pair’s red instead of its own', async () => {
    edit(orchestration('prompt_02b_preflight_validator_green.md'), (text) =>
      text.replace(
        '[The red prompt](prompt_02_preflight_validator_red.md)',
        '[The red prompt](prompt_01_config_generator_red.md)'
      )
    )
    const findings = (await lintAll()).filter((finding) => finding.ruleId === 'red-reference')
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'orchestration/prompt_02b_preflight_validator_green.md',
        place: expect.stringMatching(/^6:1-6:/),
        reason:
          'Unexpected link to `prompt_01_config_generator_red.md`, the red prompt of another pair, expected `prompt_02_preflight_validator_red.md`'
      }),
      expect.objectContaining({
        file: 'orchestration/prompt_02b_preflight_validator_green.md',
        place: '1:1',
        reason:
          'Expected a link to this green prompt’s red prompt `prompt_02_preflight_validator_red.md`',
        related: 'orchestration/prompt_02_preflight_validator_red.md'
      })
    ])
  })

  it('required-sections: a missing section, an empty one, one only inside a code block', async () => {
    edit(orchestration('prompt_02_preflight_validator_red.md'), (text) =>
      text.replace('## Test cases', '```markdown\n## Test cases\n```')
    )
    edit(orchestration('prompt_02b_preflight_validator_green.md'), (text) =>
      text.replace(
        /## Constraints\n[\s\S]*?(?=## Acceptance criteria)/,
        '## Constraints\n\n<!-- later -->\n\n'
      )
    )
    const findings = (await lintAll()).filter((finding) => finding.ruleId === 'required-sections')
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'orchestration/prompt_02_preflight_validator_red.md',
        reason: 'Expected a `Test cases` section in this red prompt'
      }),
      expect.objectContaining({
        file: 'orchestration/prompt_02b_preflight_validator_green.md',
        place: expect.stringMatching(/^58:1-58:/),
        reason: 'Unexpected empty section `Constraints`, expected content under it'
      })
    ])
  })

  it('test-kind: a red prompt that does not say which kind of test', async () => {
    edit(orchestration('prompt_04_iam_orchestrator_red.md'), (text) =>
      text
        .replace(/integration/gi, 'real')
        .replace(/\bunit\b/gi, 'small')
        .replace(/pre-?flight/gi, 'early')
    )
    expect((await lintAll()).filter((finding) => finding.ruleId === 'test-kind')).toEqual([
      expect.objectContaining({
        file: 'orchestration/prompt_04_iam_orchestrator_red.md',
        place: expect.stringMatching(/^1:1-1:/)
      })
    ])
  })

  it('prompt-links and preprompt-index: a link to a missing prompt, a pair missing from the index', async () => {
    edit(orchestration('prompt_00_orchestration_preprompt.md'), (text) =>
      text
        .replace(/^5\. \*\*RemoteDirectorClient\*\*.*\n/m, '')
        .replace('[red](prompt_06_conductor_red.md)', '[red](prompt_06_conductors_red.md)')
    )
    const findings = await lintAll()
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: 'orchestration/prompt_00_orchestration_preprompt.md',
        ruleId: 'prompt-links',
        reason:
          'Unexpected link to missing prompt file `prompt_06_conductors_red.md`, expected `prompt_06_conductor_red.md`'
      })
    )
    expect(
      findings
        .filter((finding) => finding.ruleId === 'preprompt-index')
        .map((finding) => finding.reason)
    ).toEqual([
      'Unexpected link to missing prompt `prompt_06_conductors_red.md` in the component list',
      'Expected the component list to link pair `05` (`prompt_05_director_client_red.md`)'
    ])
  })
})

describe('one file alone', () => {
  it('gets the same findings as when its whole folder is linted', async () => {
    fs.rmSync(orchestration('prompt_04b_iam_orchestrator_green.md'))
    fs.rmSync(orchestration('prompt_02_preflight_validator_red.md'))
    const all = await lintAll()
    for (const name of [
      'prompt_04_iam_orchestrator_red.md',
      'prompt_02b_preflight_validator_green.md'
    ]) {
      clearSuiteCache()
      const alone = toFindings(await createLinter({}, root).lint(orchestration(name)))
      expect(alone.length).toBeGreaterThan(0)
      expect(alone).toEqual(all.filter((finding) => finding.file === `orchestration/${name}`))
    }
  })
})

describe('severity and options come from configuration', () => {
  it('lowers a rule to a warning or turns it off', async () => {
    fs.rmSync(orchestration('prompt_04b_iam_orchestrator_green.md'))
    clearSuiteCache()
    const file = orchestration('prompt_04_iam_orchestrator_red.md')
    const warn = await createLinter({rules: {pair: 'warn'}}, root).lint(file)
    expect(warn.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['pair', false]
    ])
    const off = await createLinter({rules: {pair: 'off'}}, root).lint(file)
    expect(off.messages).toEqual([])
  })

  it('rejects bad options naming the rule and the option', () => {
    expect(() => createLinter({rules: {'test-kind': ['error', {kinds: 'unit'}]}}, root)).toThrow(
      'Invalid options for rule `test-kind`: `kinds` must be array'
    )
    expect(() =>
      createLinter({rules: {'required-sections': ['error', {sectons: {}}]}}, root)
    ).toThrow('Invalid options for rule `required-sections`: unknown key `sectons`')
    expect(() => createLinter({rules: {nope: 'error'}}, root)).toThrow('Unknown rule `nope`')
  })

  it('takes a folder’s preprompt from configuration', async () => {
    edit(testdata('testdata_prompt_01_publisher_red.md'), (text) =>
      text.replace(
        '[orchestration preprompt](../orchestration/prompt_00_orchestration_preprompt.md)',
        'the preprompt'
      )
    )
    let findings = await lintAll({
      preprompts: {testdata: 'orchestration/prompt_00_orchestration_preprompt.md'}
    })
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'testdata/testdata_prompt_01_publisher_red.md',
        ruleId: 'preprompt-reference',
        reason:
          'Expected a link to the suite’s preprompt `../orchestration/prompt_00_orchestration_preprompt.md`'
      })
    ])
    findings = await lintAll()
    expect(findings.map((finding) => finding.ruleId)).toEqual(['preprompt', 'preprompt-reference'])
  })
})

describe('front matter, CRLF and a BOM', () => {
  it('change nothing', async () => {
    const file = orchestration('prompt_02_preflight_validator_red.md')
    edit(file, (text) => text.replace('## Test cases', '## Tests'))
    const original = (await lintAll()).filter((finding) =>
      finding.file.endsWith('prompt_02_preflight_validator_red.md')
    )
    expect(original).toHaveLength(1)
    const text = fs.readFileSync(file, 'utf8')
    fs.writeFileSync(file, '\uFEFF' + text.replace(/\n/g, '\r\n'))
    const crlf = (await lintAll()).filter((finding) =>
      finding.file.endsWith('prompt_02_preflight_validator_red.md')
    )
    expect(crlf).toEqual(original)
    fs.writeFileSync(file, '---\ntitle: x\nkind: red\n---\n' + text)
    const withFrontMatter = (await lintAll()).filter((finding) =>
      finding.file.endsWith('prompt_02_preflight_validator_red.md')
    )
    expect(withFrontMatter.map((finding) => finding.reason)).toEqual(
      original.map((finding) => finding.reason)
    )
  })
})
