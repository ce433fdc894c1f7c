import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import {rules} from '../rules/index.js'
import {reporters, github, json, sarif, stylish} from '../src/reporters/index.js'
import {escapeData, escapeProperty} from '../src/reporters/github.js'
import {ruleDescriptions} from '../src/reporters/tool.js'
import {toAnnotations} from '../src/action/annotations.js'
import {root, sarifValidator} from './cli-fixtures.js'

const cwd = '/repo'

/** Two files: one with an error (with a related location, out of order) and a warning, one clean. */
function results(): VFile[] {
  const red = new VFile({path: '/repo/orchestration/prompt_03_conductor_red.md', cwd})
  const warning = red.message(
    'Unexpected `Prompt 04` in the title, expected `Prompt 03` as the file name says',
    {
      place: {start: {line: 1, column: 12}, end: {line: 1, column: 14}},
      ruleId: 'title',
      source: 'tdd-prompt-lint'
    }
  )
  warning.fatal = false
  warning.url = 'https://example.com/title'
  const error = red.message(
    'Expected a green prompt `prompt_03b_conductor_green.md` to pair with this red prompt',
    {
      place: {line: 1, column: 1},
      ruleId: 'pair',
      source: 'tdd-prompt-lint'
    }
  )
  error.fatal = true
  const cause = new VFileMessage('The plan entry for the missing prompt', {
    place: {line: 7, column: 3}
  })
  cause.file = '/repo/orchestration/readme.md'
  error.cause = cause
  const clean = new VFile({path: '/repo/testdata/testdata_prompt_01_publisher_red.md', cwd})
  return [red, clean]
}

describe('stylish', () => {
  test('groups by file, aligns columns, sorts by place and sums up', () => {
    expect(stylish(results(), {cwd})).toBe(
      [
        '',
        'orchestration/prompt_03_conductor_red.md',
        '  1:1   error    Expected a green prompt `prompt_03b_conductor_green.md` to pair with this red prompt  pair',
        '  1:12  warning  Unexpected `Prompt 04` in the title, expected `Prompt 03` as the file name says       title',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        ''
      ].join('\n')
    )
  })

  test('prints one clean line when there is nothing to report', () => {
    expect(stylish([results()[1]!], {cwd})).toBe('✔ No problems (1 file checked)\n')
    expect(stylish([], {cwd})).toBe('✔ No problems (0 files checked)\n')
  })

  test('colours only when asked', () => {
    expect(stylish(results(), {cwd})).not.toContain('\u001B[')
    const coloured = stylish(results(), {cwd, color: true})
    expect(coloured).toContain('\u001B[31merror')
    expect(coloured).toContain('\u001B[33mwarning')
    const escape = String.fromCharCode(27)
    expect(coloured.replaceAll(new RegExp(`${escape}\\[\\d+m`, 'g'), '')).toBe(
      stylish(results(), {cwd})
    )
  })
})

describe('json', () => {
  test('is eslint-shaped: one entry per file, relative paths, severities 2 and 1', () => {
    const report = JSON.parse(json(results(), {cwd}))
    expect(report).toEqual([
      {
        filePath: 'orchestration/prompt_03_conductor_red.md',
        messages: [
          {
            ruleId: 'pair',
            severity: 2,
            line: 1,
            column: 1,
            message:
              'Expected a green prompt `prompt_03b_conductor_green.md` to pair with this red prompt',
            relatedLocations: [
              {
                filePath: 'orchestration/readme.md',
                line: 7,
                column: 3,
                message: 'The plan entry for the missing prompt'
              }
            ]
          },
          {
            ruleId: 'title',
            severity: 1,
            line: 1,
            column: 12,
            endLine: 1,
            endColumn: 14,
            message:
              'Unexpected `Prompt 04` in the title, expected `Prompt 03` as the file name says',
            url: 'https://example.com/title'
          }
        ],
        errorCount: 1,
        warningCount: 1
      },
      {
        filePath: 'testdata/testdata_prompt_01_publisher_red.md',
        messages: [],
        errorCount: 0,
        warningCount: 0
      }
    ])
  })
})

describe('sarif', () => {
  const validate = sarifValidator()

  test('is valid SARIF 2.1.0 with rules, levels, regions and related locations', () => {
    const log = JSON.parse(sarif(results(), {cwd}))
    expect(validate(log)).toEqual([])
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('tdd-prompt-lint')
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/)
    const pairRule = run.tool.driver.rules.find((rule: {id: string}) => rule.id === 'pair')
    expect(pairRule.helpUri).toBe(rules.find((rule) => rule.meta.id === 'pair')!.meta.url)
    expect(pairRule.shortDescription.text).toMatch(/^Checks that every red prompt/)
    expect(run.results).toHaveLength(2)
    const [error, warning] = run.results
    expect(error).toMatchObject({
      ruleId: 'pair',
      level: 'error',
      message: {
        text: 'Expected a green prompt `prompt_03b_conductor_green.md` to pair with this red prompt'
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: {
              uri: 'orchestration/prompt_03_conductor_red.md',
              uriBaseId: '%SRCROOT%'
            },
            region: {startLine: 1, startColumn: 1}
          }
        }
      ],
      relatedLocations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'orchestration/readme.md'},
            region: {startLine: 7, startColumn: 3}
          },
          message: {text: 'The plan entry for the missing prompt'}
        }
      ]
    })
    expect(run.tool.driver.rules[error.ruleIndex].id).toBe('pair')
    expect(warning).toMatchObject({
      ruleId: 'title',
      level: 'warning',
      locations: [
        {physicalLocation: {region: {startLine: 1, startColumn: 12, endLine: 1, endColumn: 14}}}
      ]
    })
  })

  test('an empty run is valid too, and the validator does reject a broken log', () => {
    expect(validate(JSON.parse(sarif([], {cwd})))).toEqual([])
    const broken = JSON.parse(sarif(results(), {cwd}))
    broken.runs[0].results[0].level = 'fatal'
    delete broken.runs[0].tool.driver.name
    expect(validate(broken).length).toBeGreaterThan(0)
  })

  test('encodes paths as URI references', () => {
    const file = new VFile({path: '/repo/my suite/prompt_01_a#b_red.md', cwd})
    file.message('x', {place: {line: 1, column: 1}, ruleId: 'pair'}).fatal = true
    const log = JSON.parse(sarif([file], {cwd}))
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'my%20suite/prompt_01_a%23b_red.md'
    )
    expect(validate(log)).toEqual([])
  })

  test('every rule has a short description: one sentence that opens as its doc header does', () => {
    // The doc header's first sentence goes on with examples and conditions (`: …`, `, …`,
    // `(…)`); the short description keeps its opening clause, in its own words after it.
    const plain = (text: string) =>
      text
        .replace(/\s*\([^()]*\)/g, '')
        .replace(/\*\*/g, '')
        .replace(/’/g, "'")
        .replace(/\s+/g, ' ')
    for (const rule of rules) {
      const code = fs.readFileSync(path.join(root, 'rules', rule.meta.id + '.ts'), 'utf8')
      const header = (/^\/\*\*([\s\S]*?)\*\//.exec(code)?.[1] ?? '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n')
      const paragraph = (header.split(/\n## [^\n]+\n/)[1] ?? '').trim().split(/\n\n/)[0] ?? ''
      const sentence = /^(.*?\.)(\s|$)/.exec(paragraph.replace(/\s+/g, ' '))?.[1] ?? ''
      const opening = plain(sentence).split(/[:.,]/)[0]!
      const description = ruleDescriptions[rule.meta.id]!
      expect(description, rule.meta.id).toBe(rule.meta.description)
      expect(description, rule.meta.id).toMatch(/^Checks that [^.]*(\.[^\s.][^.]*)*\.$/)
      expect(opening.length, rule.meta.id).toBeGreaterThan(30)
      expect(plain(description).startsWith(opening), `${rule.meta.id}: ${opening}`).toBe(true)
    }
  })
})

/** The places of `::level props::message` lines: line, col, endLine, endColumn. */
function readCommands(out: string) {
  return out
    .trim()
    .split('\n')
    .map((line) => {
      const props = Object.fromEntries(
        line
          .slice(line.indexOf(' ') + 1, line.indexOf('::', 2))
          .split(',')
          .map((pair) => pair.split('='))
      ) as Record<string, string>
      return {line: props.line, col: props.col, endLine: props.endLine, endColumn: props.endColumn}
    })
}

describe('github', () => {
  test('writes one workflow command per message, escaped', () => {
    expect(github(results(), {cwd})).toBe(
      '::error file=orchestration/prompt_03_conductor_red.md,line=1,col=1,endLine=1,endColumn=1,title=pair::Expected a green prompt `prompt_03b_conductor_green.md` to pair with this red prompt\n' +
        '::warning file=orchestration/prompt_03_conductor_red.md,line=1,col=12,endLine=1,endColumn=13,title=title::Unexpected `Prompt 04` in the title, expected `Prompt 03` as the file name says\n'
    )
    expect(github([results()[1]!], {cwd})).toBe('')
  })

  test('places annotations as the Action does: the last column inclusive, columns on one line only', () => {
    const file = new VFile({path: '/repo/o/prompt_01_x_red.md', cwd})
    file.message('one line', {place: {start: {line: 2, column: 3}, end: {line: 2, column: 9}}})
    file.message('two lines', {place: {start: {line: 4, column: 2}, end: {line: 6, column: 1}}})
    file.message('a point', {place: {line: 8, column: 5}})
    const fromCli = readCommands(github([file], {cwd}))
    const fromAction = toAnnotations([file], cwd).map((each) => ({
      line: String(each.startLine),
      endLine: String(each.endLine),
      col: each.startColumn === undefined ? undefined : String(each.startColumn),
      endColumn: each.endColumn === undefined ? undefined : String(each.endColumn)
    }))
    expect(fromCli).toEqual([
      {line: '2', col: '3', endLine: '2', endColumn: '8'},
      {line: '4', col: undefined, endLine: '6', endColumn: undefined},
      {line: '8', col: '5', endLine: '8', endColumn: '5'}
    ])
    expect(fromCli).toEqual(fromAction)
  })

  test('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
    const file = new VFile({path: '/repo/odd,name:1.md', cwd})
    file.message('50%\nsure', {place: {line: 2, column: 1}, ruleId: 'pair'}).fatal = false
    expect(github([file], {cwd})).toBe(
      '::warning file=odd%2Cname%3A1.md,line=2,col=1,endLine=2,endColumn=1,title=pair::50%25%0Asure\n'
    )
  })
})

test('the reporters map names every format', () => {
  expect(Object.keys(reporters).sort()).toEqual(['github', 'json', 'sarif', 'stylish'])
})

describe('text from the repository cannot drive a terminal or a CI log', () => {
  const payload = '\n::add-mask::PWNED\r##[group]x\u001b[2J\u009b31m\u2028\u202e'
  function hostile(): VFile[] {
    const file = new VFile({path: `/repo/o/prompt_01_x${payload}_red.md`, cwd})
    const message = file.message(`Expected a green prompt${payload}`, {
      place: {line: 1, column: 1},
      ruleId: 'pair',
      source: 'tdd-prompt-lint'
    })
    message.fatal = true
    return [file]
  }
  /** Lines as the runner reads them: split on CR and LF, leading white space trimmed. */
  const commands = (out: string) =>
    out
      .split(/[\r\n]/)
      .map((line) => line.replace(/^\s+/, ''))
      .filter((line) => line.startsWith('::') || line.startsWith('##['))

  test.each(['stylish', 'json', 'sarif'] as const)('%s: no command, no control', (name) => {
    const out = reporters[name](hostile(), {cwd})
    expect(commands(out)).toEqual([])
    expect(['\u001b', '\u009b', '\u2028', '\u202e'].filter((char) => out.includes(char))).toEqual(
      []
    )
    if (name !== 'stylish') expect(JSON.stringify(JSON.parse(out))).toContain('PWNED')
  })

  test('github: one command per finding, data and properties escaped as the runner reads them', () => {
    const out = github(hostile(), {cwd})
    expect(commands(out)).toHaveLength(1)
    expect(['\u001b', '\u009b', '\u2028', '\u202e'].filter((char) => out.includes(char))).toEqual(
      []
    )
    expect(out).toMatch(
      /^::error file=o\/prompt_01_x%0A%3A%3Aadd-mask%3A%3APWNED%0D##\[group\]x\\x1b/
    )
  })
})
