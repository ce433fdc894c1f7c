/**
 * Steps and pairs through remark as users run `pair`, `numbering` and
 * `file-name`: which file of a suite a finding lands on, the text, and the other
 * file it names as its related location (`cause`: file, line and reason).
 */
import {describe, expect, it} from 'vitest'
import fileName from '../rules/file-name.js'
import numbering from '../rules/numbering.js'
import pair from '../rules/pair.js'
import pairComponent from '../rules/pair-component.js'
import type {RulePlugin} from '../src/engine/rule.js'
import {runExample, shown} from './helpers/examples.js'

type Related = {file: string; line: number | undefined; reason: string} | undefined

async function lint(
  rule: RulePlugin<object>,
  name: string,
  names: string[],
  files: Record<string, string> = {}
): Promise<{found: string[]; related: Related[]}> {
  const vfile = await runExample(rule, {
    config: {name: 'suite/' + name, listing: {suite: names}, files},
    input: '# x\n'
  })
  return {
    found: shown(vfile),
    related: vfile.messages.map((message) => {
      const cause = message.cause as {file?: string; line?: number; reason?: string} | undefined
      return cause && {file: cause.file ?? '', line: cause.line, reason: cause.reason ?? ''}
    })
  }
}

const shared = 'Another step with the same number'

describe('numbering: one step per number', () => {
  const two = [
    'prompt_01_conductor_red.md',
    'prompt_01b_conductor_green.md',
    'prompt_01_config_generator_red.md',
    'prompt_01b_config_generator_green.md'
  ]

  it('reports the step that sorts later, on its red, naming the first', async () => {
    expect(await lint(numbering, 'prompt_01_config_generator_red.md', two)).toEqual({
      found: [
        '1:1: Unexpected number `01` shared with `prompt_01_conductor_red.md`, expected one step per number'
      ],
      related: [{file: '/repo/suite/prompt_01_conductor_red.md', line: 1, reason: shared}]
    })
  })

  it.each([
    'prompt_01_conductor_red.md',
    'prompt_01b_conductor_green.md',
    'prompt_01b_config_generator_green.md'
  ])('leaves the first step and the later step’s green alone (%s)', async (name) => {
    expect((await lint(numbering, name, two)).found).toEqual([])
  })

  it('names the first step, not the one before, when three share a number', async () => {
    const three = ['prompt_02_alpha_red.md', 'prompt_02_beta_red.md', 'prompt_02_gamma_red.md']
    expect((await lint(numbering, 'prompt_02_gamma_red.md', three)).found).toEqual([
      '1:1: Unexpected number `02` shared with `prompt_02_alpha_red.md`, expected one step per number'
    ])
  })

  it('counts a foundation step sharing a pair’s number, reported on the red that sorts after it', async () => {
    const names = ['prompt_02_interfaces.md', 'prompt_02_store_red.md', 'prompt_02b_store_green.md']
    expect((await lint(numbering, 'prompt_02_store_red.md', names)).found).toEqual([
      '1:1: Unexpected number `02` shared with `prompt_02_interfaces.md`, expected one step per number'
    ])
    expect((await lint(numbering, 'prompt_02_interfaces.md', names)).found).toEqual([])
  })

  it.each([
    [
      'two greens',
      ['prompt_05b_alpha_green.md', 'prompt_05b_beta_green.md'],
      'prompt_05b_beta_green.md',
      'prompt_05b_alpha_green.md'
    ],
    [
      'a foundation step and a lone red',
      ['prompt_05_alpha.md', 'prompt_05_beta_red.md'],
      'prompt_05_beta_red.md',
      'prompt_05_alpha.md'
    ],
    [
      'a foundation step and a pair of one slug',
      ['prompt_05_store.md', 'prompt_05_store_red.md', 'prompt_05b_store_green.md'],
      'prompt_05_store_red.md',
      'prompt_05_store.md'
    ]
  ])('counts %s as two steps', async (_what, names, reported, other) => {
    expect((await lint(numbering, reported, names)).found).toEqual([
      `1:1: Unexpected number \`05\` shared with \`${other}\`, expected one step per number`
    ])
  })

  it('orders the steps by name, whatever the order of their first files', async () => {
    // `Prompt_05b_beta_green.md` sorts first (upper case), yet its step is the later one.
    const names = [
      'Prompt_05b_beta_green.md',
      'prompt_05_alpha_red.md',
      'prompt_05_beta_red.md',
      'prompt_05b_alpha_green.md'
    ]
    expect((await lint(numbering, 'prompt_05_beta_red.md', names)).found).toEqual([
      '1:1: Unexpected number `05` shared with `prompt_05_alpha_red.md`, expected one step per number'
    ])
    expect((await lint(numbering, 'prompt_05_alpha_red.md', names)).found).toEqual([])
  })

  it('counts a foundation step and a lone green as two steps, reported on the green', async () => {
    const names = ['prompt_05_alpha.md', 'prompt_05b_beta_green.md']
    expect((await lint(numbering, 'prompt_05b_beta_green.md', names)).found).toEqual([
      '1:1: Unexpected number `05` shared with `prompt_05_alpha.md`, expected one step per number'
    ])
  })

  it('reports an unsaved buffer (an editor’s new file) sharing a number', async () => {
    const vfile = await runExample(numbering, {
      config: {
        name: 'suite/prompt_01_conductor_red.md',
        listing: {suite: ['prompt_01_alpha_red.md', 'prompt_01b_alpha_green.md']},
        unsaved: true
      },
      input: '# x\n'
    })
    expect(shown(vfile)).toEqual([
      '1:1: Unexpected number `01` shared with `prompt_01_alpha_red.md`, expected one step per number'
    ])
  })

  it.each([
    [
      'numbered variants (two digits) as one step',
      ['prompt_07_10_rollout.md', 'prompt_07_11_rollout_short.md']
    ],
    [
      'names that only look like prompts (`.md.orig`, `.txt`) as no step',
      ['prompt_07_alpha_red.md.orig', 'prompt_07_alpha_red.txt', 'prompt_07_beta_red.md']
    ]
  ])('counts %s', async (_what, names) => {
    for (const name of names.filter((each) => each.endsWith('.md')))
      expect((await lint(numbering, name, names)).found).toEqual([])
  })

  it('counts `_context` on a numbered step as a foundation step’s slug, not as a kind', async () => {
    const names = ['prompt_03_orchestration_context.md', 'prompt_03_orchestration_red.md']
    expect((await lint(numbering, 'prompt_03_orchestration_red.md', names)).found).toEqual([
      '1:1: Unexpected number `03` shared with `prompt_03_orchestration_context.md`, expected one step per number'
    ])
  })

  it('counts a red with no slug beside numbered variants as another step', async () => {
    const names = [
      'prompt_07_0_rollout_red.md',
      'prompt_07_1_rollout_short_red.md',
      'prompt_07_red.md'
    ]
    expect((await lint(numbering, 'prompt_07_red.md', names)).found).toEqual([
      '1:1: Unexpected number `07` shared with `prompt_07_0_rollout_red.md`, expected one step per number'
    ])
  })

  it('takes a lone red and a lone green with different slugs for one pair', async () => {
    const names = [
      'prompt_03_deployment_orchestrator_red.md',
      'prompt_03b_deployment_manager_green.md'
    ]
    for (const name of names) expect((await lint(numbering, name, names)).found).toEqual([])
  })

  it('leaves two preprompts to `preprompt`', async () => {
    const names = ['prompt_00_alpha_preprompt.md', 'prompt_00_beta_preprompt.md']
    for (const name of names) expect((await lint(numbering, name, names)).found).toEqual([])
  })
})

describe('pair: every red with its green', () => {
  it('reports a slug mismatch once, on the green, naming the red', async () => {
    const names = [
      'prompt_03_deployment_orchestrator_red.md',
      'prompt_03b_deployment_manager_green.md'
    ]
    expect((await lint(pair, names[0]!, names)).found).toEqual([])
    expect(await lint(pair, names[1]!, names)).toEqual({
      found: [
        '1:1: Unexpected slug `deployment_manager` in this green prompt, expected `deployment_orchestrator` as in its red prompt `prompt_03_deployment_orchestrator_red.md`'
      ],
      related: [
        {
          file: '/repo/suite/prompt_03_deployment_orchestrator_red.md',
          line: 1,
          reason: 'The red prompt numbered like this one'
        }
      ]
    })
  })

  it('pairs by slug where a number has two reds, and reports the green whose slug none has', async () => {
    const names = ['prompt_03_alpha_red.md', 'prompt_03_beta_red.md', 'prompt_03b_gamma_green.md']
    expect((await lint(pair, 'prompt_03b_gamma_green.md', names)).found).toEqual([
      '1:1: Expected a red prompt `prompt_03_gamma_red.md` to pair with this green prompt'
    ])
  })

  it('is quiet on a red and on a green that have their partner', async () => {
    const names = ['prompt_04_iam_red.md', 'prompt_04b_iam_green.md']
    for (const name of names) expect((await lint(pair, name, names)).found).toEqual([])
  })

  it('leaves foundation steps and preprompts alone', async () => {
    const names = ['prompt_00_suite_preprompt.md', 'prompt_01_interfaces.md']
    for (const name of names) expect((await lint(pair, name, names)).found).toEqual([])
  })

  it('names the plan entry of the missing prompt as the related location', async () => {
    const plan =
      '# Plan\n\n## Files to Produce\n\n* prompt\\_04\\_iam\\_red.md: "Red" prompt.\n* prompt\\_04b\\_iam\\_green.md: "Green" prompt.\n'
    expect(
      await lint(pair, 'prompt_04_iam_red.md', ['prompt_04_iam_red.md'], {'suite/readme.md': plan})
    ).toEqual({
      found: [
        '1:1: Expected a green prompt `prompt_04b_iam_green.md` to pair with this red prompt'
      ],
      related: [
        {file: '/repo/suite/readme.md', line: 6, reason: 'The plan entry for the missing prompt'}
      ]
    })
  })
})

describe('documents beside the prompts', () => {
  it.each([pair, numbering])('are left alone', async (rule) => {
    const names = ['prompt_01_store_red.md', 'prompt_01_cache_red.md']
    expect((await lint(rule, 'readme.md', names)).found).toEqual([])
  })
})

describe('file-name: the plan that already names the expected file', () => {
  it('rides along as the related location', async () => {
    const plan =
      '# Plan\n\n## Files to Produce\n\n* prompt\\_01\\_store\\_red.md: "Red" prompt.\n* prompt\\_01b\\_store\\_green.md: "Green" prompt.\n'
    const names = ['prompt_1_store_red.md', 'prompt_01b_store_green.md']
    expect(await lint(fileName, 'prompt_1_store_red.md', names, {'suite/readme.md': plan})).toEqual(
      {
        found: [
          '1:1: Unexpected file name `prompt_1_store_red.md` (one-digit number `1`), expected `prompt_01_store_red.md`'
        ],
        related: [
          {
            file: '/repo/suite/readme.md',
            line: 5,
            reason: 'The plan entry that names the expected file'
          }
        ]
      }
    )
  })
})

describe('pair-component: the red prompt’s title as the related location', () => {
  it('points at the red title, on its line', async () => {
    const red = '---\nowner: platform\n---\n\n# **Prompt 03: Unit Tests for DeploymentManager**\n'
    const vfile = await runExample(pairComponent, {
      config: {
        name: 'suite/prompt_03b_deployment_orchestrator_green.md',
        files: {'suite/prompt_03_deployment_orchestrator_red.md': red}
      },
      input: '# **Prompt 03: Implementation for ConfigGenerator**\n'
    })
    expect(shown(vfile)).toEqual([
      '1:1: Unexpected component `ConfigGenerator` in the title, expected `DeploymentManager` as in its red prompt `prompt_03_deployment_orchestrator_red.md`'
    ])
    const cause = vfile.messages[0]?.cause as
      {file?: string; line?: number; column?: number; reason?: string} | undefined
    expect({...cause}).toMatchObject({
      file: '/repo/suite/prompt_03_deployment_orchestrator_red.md',
      line: 5,
      column: 1,
      reason: 'The red prompt of this pair'
    })
  })
})
