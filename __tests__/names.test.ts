/**
 * Prompt file names as `file-name` reads them, through remark as users run it: what
 * is a prompt file at all, each defect a name can have, and the bounds of a name
 * (255 characters, 4 digits) on both sides. The cases the docs show are in the
 * rule's `@example` blocks; these are the rest.
 */
import {describe, expect, it} from 'vitest'
import fileName from '../rules/file-name.js'
import {formatName, parsePromptName} from '../src/api.js'
import {runExample, shown} from './helpers/examples.js'

const finding = (name: string, problems: string, expected: string) =>
  `1:1: Unexpected file name \`${name}\` (${problems}), expected \`${expected}\``

async function lintName(
  name: string,
  listing: Record<string, string[]> = {}
): Promise<Awaited<ReturnType<typeof runExample>>> {
  return runExample(fileName, {config: {name: 'suite/' + name, listing}, input: '# x\n'})
}

// 255 characters is the longest file name a file system holds.
const longest = 'Prompt_01_' + 'a'.repeat(238) + '_red.md'

describe('not prompt files: left alone', () => {
  it.each([
    ['a name longer than 255 characters', 'Prompt_01_' + 'a'.repeat(239) + '_red.md'],
    ['`prompt` inside a word', 'xprompt_01_config_generator_red.md'],
    ['`prompt` inside the last word of a prefix', 'test_xprompt_01_config_generator_red.md'],
    ['a number with no slug and no kind', 'prompt_01.md'],
    ['a number and a separator, no slug', 'prompt_01_.md'],
    ['no separator before the slug', 'prompt01configGenerator_red.md']
  ])('%s', async (_what, name) => {
    expect(shown(await lintName(name))).toEqual([])
  })
})

describe('well-named prompt files', () => {
  it.each([
    ['a four-digit number of 100 or more', 'prompt_1234_overflow_red.md'],
    ['a three-digit number of 100 or more', 'prompt_100_overflow_red.md'],
    [
      '`_context` on a numbered step is its slug, not a preprompt',
      'prompt_03_orchestration_context.md'
    ],
    ['a slug that starts with a kind word', 'prompt_01_red_team_drill.md'],
    ['a number inside the slug, not a variant', 'prompt_04_phase_2_rollout.md']
  ])('%s', async (_what, name) => {
    expect(shown(await lintName(name))).toEqual([])
  })
})

describe('misnamed prompt files: one finding, the problems and the expected name', () => {
  it.each([
    ['255 characters is still a name', longest, 'upper case', longest.toLowerCase()],
    [
      'a CamelCase slug',
      'prompt_01_ConfigGenerator_red.md',
      'upper case, slug `ConfigGenerator` is not lower snake case',
      'prompt_01_config_generator_red.md'
    ],
    [
      'an accented slug',
      'prompt_01_Konfigurätor_red.md',
      'upper case, slug `Konfigurätor` is not lower snake case',
      'prompt_01_konfigurator_red.md'
    ],
    [
      'doubled separators',
      'prompt_01__config__generator__red.md',
      'slug `config__generator` is not lower snake case',
      'prompt_01_config_generator_red.md'
    ],
    [
      'dashes everywhere',
      'prompt-01-config-generator-red.md',
      'slug `config-generator` is not lower snake case',
      'prompt_01_config_generator_red.md'
    ],
    [
      'a kind in upper case',
      'prompt_01_config_generator_RED.md',
      'upper case',
      'prompt_01_config_generator_red.md'
    ],
    ['no slug', 'prompt_01_red.md', 'no slug', 'prompt_01_<slug>_red.md'],
    [
      'a slug of no letter or digit',
      'prompt_01_+++_red.md',
      'slug `+++` has no letter a-z or digit',
      'prompt_01_<slug>_red.md'
    ],
    [
      'a three-digit number under 100',
      'prompt_001_overflow_red.md',
      'number `001` is not two digits',
      'prompt_01_overflow_red.md'
    ],
    [
      'a green with no letter',
      'prompt_01_config_generator_green.md',
      'no `b` on a green prompt',
      'prompt_01b_config_generator_green.md'
    ],
    [
      'a green with another letter',
      'prompt_01c_config_generator_green.md',
      'letter `c` after the number',
      'prompt_01b_config_generator_green.md'
    ],
    [
      'a preprompt with no package',
      'prompt_00_preprompt.md',
      'no package name',
      'prompt_00_<package>_preprompt.md'
    ],
    [
      'a preprompt numbered 03',
      'prompt_03_orchestration_preprompt.md',
      'preprompt numbered `03`',
      'prompt_00_orchestration_preprompt.md'
    ],
    [
      'a preprompt numbered 000',
      'prompt_000_orchestration_preprompt.md',
      'number `000` is not two digits',
      'prompt_00_orchestration_preprompt.md'
    ],
    [
      'an old preprompt in upper case',
      'Prompt_00_Orchestration_Context.md',
      'upper case, a preprompt named `_context`',
      'prompt_00_orchestration_preprompt.md'
    ],
    [
      'a long extension',
      'prompt_01_config_generator_red.markdown',
      'extension `.markdown`',
      'prompt_01_config_generator_red.md'
    ],
    [
      'an upper-case extension',
      'prompt_01_config_generator_red.MD',
      'upper case, extension `.MD`',
      'prompt_01_config_generator_red.md'
    ],
    [
      'a prefix of two words',
      'test_data_prompt_1_store_red.md',
      'one-digit number `1`',
      'test_data_prompt_01_store_red.md'
    ],
    [
      'separators only',
      'prompt__01_config_generator_red.md',
      'separators',
      'prompt_01_config_generator_red.md'
    ],
    [
      'a red numbered like a preprompt',
      'Prompt_00_config_generator_red.md',
      'upper case, number `00` is for the preprompt',
      'prompt_00_config_generator_red.md'
    ],
    [
      'three digits of 100 are a number',
      'Prompt_100_overflow_red.md',
      'upper case',
      'prompt_100_overflow_red.md'
    ],
    [
      'a `b` on a foundation step',
      'prompt_01b_deployment_interfaces.md',
      'letter `b` after the number',
      'prompt_01_deployment_interfaces.md'
    ],
    [
      'another letter on a foundation step',
      'prompt_01c_deployment_interfaces.md',
      'letter `c` after the number',
      'prompt_01_deployment_interfaces.md'
    ],
    [
      'another letter on a red',
      'prompt_01c_store_red.md',
      'letter `c` after the number',
      'prompt_01_store_red.md'
    ],
    [
      'a kind glued to a CamelCase slug',
      'prompt_01_storeRed.md',
      'upper case, slug `storeRed` is not lower snake case',
      'prompt_01_store_red.md'
    ],
    [
      'a slug that starts with a kind word, in upper case',
      'prompt_01_Red-Team_red.md',
      'upper case, slug `Red-Team` is not lower snake case',
      'prompt_01_red_team_red.md'
    ],
    [
      'a two-digit variant and doubled separators before the slug',
      'prompt_07_12__Rollout-Short.md',
      'upper case, slug `Rollout-Short` is not lower snake case',
      'prompt_07_12_rollout_short.md'
    ],
    [
      'a green with its `b`, in upper case',
      'Prompt_01b_config_generator_green.md',
      'upper case',
      'prompt_01b_config_generator_green.md'
    ]
  ])('%s', async (_what, name, problems, expected) => {
    expect(shown(await lintName(name))).toEqual([finding(name, problems, expected)])
  })

  it('five digits are too large a number', async () => {
    const [message] = shown(await lintName('prompt_12345_overflow_red.md'))
    expect(message).toMatch(
      /^1:1: Unexpected file name `prompt_12345_overflow_red\.md` \(number `12345` is too large\), expected `/
    )
  })
})

describe('two preprompts in one folder', () => {
  it('leaves the second to `preprompt`, whatever its name, and judges the first', async () => {
    const listing = {suite: ['prompt_00_alpha_preprompt.md', 'prompt_00_zeta_Preprompt.md']}
    expect(shown(await lintName('prompt_00_zeta_Preprompt.md', listing))).toEqual([])
    const first = {suite: ['prompt_00_alpha_Preprompt.md', 'prompt_00_zeta_preprompt.md']}
    expect(shown(await lintName('prompt_00_alpha_Preprompt.md', first))).toEqual([
      finding('prompt_00_alpha_Preprompt.md', 'upper case', 'prompt_00_alpha_preprompt.md')
    ])
  })
})

describe('prefixes: the folder’s usual one, with a prompt that has it as the related location', () => {
  const testdata = {
    suite: ['testdata_prompt_01_publisher_red.md', 'testdata_prompt_01b_publisher_green.md']
  }
  it.each([
    [
      'no prefix',
      'prompt_02_publisher_red.md',
      testdata,
      "no prefix `testdata_` as the folder's other prompts have",
      'testdata_prompt_02_publisher_red.md',
      'testdata_prompt_01_publisher_red.md'
    ],
    [
      'another prefix',
      'data_prompt_02_publisher_red.md',
      testdata,
      "prefix `data_` differs from the folder's other prompts (`testdata_`)",
      'testdata_prompt_02_publisher_red.md',
      'testdata_prompt_01_publisher_red.md'
    ],
    [
      'a prefix where the others have none',
      'testdata_prompt_02_publisher_red.md',
      {suite: ['prompt_01_publisher_red.md', 'prompt_01b_publisher_green.md']},
      "prefix `testdata_` where the folder's other prompts have none",
      'prompt_02_publisher_red.md',
      'prompt_01_publisher_red.md'
    ]
  ])('%s', async (_what, name, listing, problems, expected, other) => {
    const file = await lintName(name, listing)
    expect(shown(file)).toEqual([finding(name, problems, expected)])
    const cause = file.messages[0]?.cause as {reason?: string; file?: string} | undefined
    expect({reason: cause?.reason, file: cause?.file}).toEqual({
      reason: 'A prompt with the folder’s usual prefix',
      file: '/repo/suite/' + other
    })
  })
})

describe('the `NNa` dialect: no letter on a foundation step', () => {
  it('leaves `prompt_03_interfaces.md` alone where the reds are `NNa`', async () => {
    const names = [
      'prompt_01a_alpha_red.md',
      'prompt_01b_alpha_green.md',
      'prompt_02a_beta_red.md',
      'prompt_02b_beta_green.md',
      'prompt_03_interfaces.md'
    ]
    expect(shown(await lintName('prompt_03_interfaces.md', {suite: names}))).toEqual([])
  })
})

describe('the public API (`parsePromptName`, `formatName`): what no rule shows', () => {
  it('keeps the prefix as written, and no variant is `""`', () => {
    expect(parsePromptName('Test-Data__prompt_01_store_red.md')).toMatchObject({
      prefix: 'test_data',
      rawPrefix: 'Test-Data',
      variant: '',
      slug: 'store',
      kind: 'red'
    })
  })

  it('formats a red with no slug', () => {
    expect(formatName({prefix: '', number: 1, slug: '', kind: 'red'})).toBe('prompt_01_red.md')
  })
})

describe('the house style a folder’s names show (80% of at least 5, else all of at least 2)', () => {
  const pairs = (
    letters: string[],
    red = (n: string, letter: string, slug: string) => `prompt_${n}${letter}_${slug}_red.md`
  ) =>
    letters.flatMap((letter, index) => {
      const n = String(index + 1).padStart(2, '0')
      const slug = 'step' + (index + 1)
      return [red(n, letter, slug), `prompt_${n}b_${slug}_green.md`]
    })
  const noA = (name: string) =>
    finding(name, 'letter `a` after the number', name.replace(/^prompt_(\d\d)a_/, 'prompt_$1_'))

  it.each([
    ['two `NNa` reds are the style', ['a', 'a'], 'prompt_01a_step1_red.md', []],
    [
      'one `NNa` red alone is not',
      ['a'],
      'prompt_01a_step1_red.md',
      [noA('prompt_01a_step1_red.md')]
    ],
    [
      'two of three are not',
      ['a', 'a', ''],
      'prompt_01a_step1_red.md',
      [noA('prompt_01a_step1_red.md')]
    ],
    ['three of five are not', ['a', 'a', 'a', '', ''], 'prompt_04_step4_red.md', []],
    [
      'four of five are',
      ['a', 'a', 'a', 'a', ''],
      'prompt_05_step5_red.md',
      [
        finding(
          'prompt_05_step5_red.md',
          'no `a` on a red prompt, as 4 of 5 reds here are named `NNa`',
          'prompt_05a_step5_red.md'
        )
      ]
    ]
  ])('%s', async (_what, letters, name, expected) => {
    expect(shown(await lintName(name, {suite: pairs(letters)}))).toEqual(expected)
  })

  it('leaves a number too large out of the count', async () => {
    const names = [...pairs(['a', 'a']), 'prompt_12345_step3_red.md']
    expect(shown(await lintName('prompt_01a_step1_red.md', {suite: names}))).toEqual([])
  })

  it('learns whatever green letter 80% of at least 5 greens have', async () => {
    const names = pairs(['', '', '', '', '']).map((name) => name.replace(/(\d\d)b_/, '$1c_'))
    expect(shown(await lintName('prompt_01c_step1_green.md', {suite: names}))).toEqual([])
  })

  const dashes = ['01', '02', '03'].flatMap((n) => [
    `prompt-${n}-step${n}-red.md`,
    `prompt-${n}b-step${n}-green.md`
  ])
  const upper = ['01', '02', '03'].flatMap((n) => [
    `Prompt_${n}_step${n}_red.md`,
    `Prompt_${n}b_step${n}_green.md`
  ])
  const mixed = ['01', '02', '03'].flatMap((n) => [
    `prompt-${n}_step${n}_red.md`,
    `prompt-${n}b_step${n}_green.md`
  ])

  it.each([
    ['dashes', dashes, 'prompt-02-step02-red.md', []],
    [
      'two dashed names',
      ['prompt-01-alpha-red.md', 'prompt-02-beta-red.md'],
      'prompt-02-beta-red.md',
      []
    ],
    ['upper case', upper, 'Prompt_02_step02_red.md', []],
    [
      'two upper-case names (upper case is no known style)',
      ['Prompt_01_alpha_red.md', 'Prompt_02_beta_red.md'],
      'Prompt_02_beta_red.md',
      [finding('Prompt_02_beta_red.md', 'upper case', 'prompt_02_beta_red.md')]
    ],
    [
      'names that mix separators (no separator learned)',
      mixed,
      'prompt-02_step02_red.md',
      [finding('prompt-02_step02_red.md', 'separator `-`', 'prompt_02_step02_red.md')]
    ]
  ])('%s', async (_what, names, name, expected) => {
    expect(shown(await lintName(name, {suite: names}))).toEqual(expected)
  })
})

describe('a folder’s own names decide over the repository’s, part by part', () => {
  const api = ['1', '2', '3', '4', '5'].flatMap((n) => [
    `prompt-0${n}a-step${n}-red.md`,
    `prompt-0${n}b-step${n}-green.md`
  ])
  it.each([
    [
      'two names with `_` keep their `_`, the repository’s `NNa` still holds',
      ['prompt_01a_x_red.md', 'prompt_01b_x_green.md'],
      'prompt_01a_x_red.md',
      []
    ],
    [
      'one name alone follows the repository, with its evidence',
      ['prompt_01_x_red.md'],
      'prompt_01_x_red.md',
      [
        '1:1: Unexpected file name `prompt_01_x_red.md` (no `a` on a red prompt, as 5 of 6 reds here are named `NNa`, separator `_`, as 10 of 11 prompt names here use `-`), expected `prompt-01a-x-red.md`'
      ]
    ]
  ])('%s', async (_what, store, name, expected) => {
    const file = await runExample(fileName, {
      config: {name: 'store/' + name, listing: {api, store}},
      input: '# x\n'
    })
    expect(shown(file)).toEqual(expected)
  })

  const upper = (names: string[]) => names.map((name) => name.replace(/^prompt/, 'Prompt'))
  const lower = ['1', '2', '3', '4', '5'].flatMap((n) => [
    `prompt_0${n}_step${n}_red.md`,
    `prompt_0${n}b_step${n}_green.md`
  ])
  it.each([
    [
      'six upper-case names keep upper case beside lower-case ones',
      lower,
      upper(lower.slice(0, 6))
    ],
    ['one upper-case name follows an upper-case repository', upper(lower), upper(lower.slice(0, 1))]
  ])('%s', async (_what, other, store) => {
    const file = await runExample(fileName, {
      config: {name: 'store/' + store[0], listing: {other, store}},
      input: '# x\n'
    })
    expect(shown(file)).toEqual([])
  })
})
