/**
 * The Action's reporters, each on its own, through a recording `Output` (no
 * @actions/core): the log, workflow-command annotations, the check run (against
 * the API stand-in), the SARIF file, and the summary's requirements trace
 * limited to the suites in scope.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it} from 'vitest'
import {toAnnotations} from '../src/action/annotations.js'
import {readEventContext} from '../src/action/event.js'
import {createClient} from '../src/action/github.js'
import {recordingOutput} from '../src/action/output.js'
import {reportCheckRun} from '../src/action/reporters/check-run.js'
import {annotateWithCommands} from '../src/action/reporters/commands.js'
import {logFindings, logLinesPerFile} from '../src/action/reporters/log.js'
import {maxSuggestions, reportSuggestions} from '../src/action/reporters/review.js'
import {writeSarifFile} from '../src/action/reporters/sarif.js'
import {renameSection} from '../src/action/summary.js'
import {traceInScope} from '../src/suite/scoped-trace.js'
import {
  alreadyPosted,
  commentOf,
  inDiff,
  planSuggestions,
  suggestedLines,
  suggestionsOf
} from '../src/action/suggestions.js'
import {createLinter} from '../src/engine/lint.js'
import {SuiteModel} from '../src/suite/model.js'
import {cleanUp, standIn, temp, writeSuite} from './helpers/action.js'

afterEach(cleanUp)
const tempDir = () => temp('tpl-reporters-')

/** A file with `errors` errors then `warnings` warnings, one a line. */
function findings(name: string, errors: number, warnings: number): VFile {
  const file = new VFile({path: `/ws/o/${name}`})
  for (let line = 1; line <= errors + warnings; line++) {
    const message = file.message(`finding ${line}`, {place: {line, column: 1}, ruleId: 'r'})
    message.fatal = line <= errors
  }
  return file
}

describe('log reporter', () => {
  it('logs every finding of a file up to the per-file cap, then counts the rest', () => {
    const out = recordingOutput()
    const annotations = toAnnotations([findings('a.md', logLinesPerFile + 3, 0)], '/ws')
    logFindings(annotations, 1, out)
    expect(out.recorded.log).toHaveLength(logLinesPerFile + 1)
    expect(out.recorded.log[0]).toBe('o/a.md:1:1  error  finding 1  r')
    expect(out.recorded.log.at(-1)).toBe('o/a.md: 3 more findings (see the SARIF file)')
  })
})

describe('command reporter', () => {
  it('annotates within the step budget, leaving a slot for the failure line and the own warnings', () => {
    const out = recordingOutput()
    const annotations = toAnnotations(
      [findings('a.md', 4, 4), findings('b.md', 4, 4), findings('c.md', 4, 4)],
      '/ws'
    )
    const note = annotateWithCommands(
      annotations,
      {failed: true, warningsUsed: 2, checksAsked: false},
      out
    )
    const shown = out.recorded.annotations
    expect(shown.filter((each) => each.severity === 'error')).toHaveLength(9)
    // Errors first: 4 + 4 + 1 of them, then warnings where a file has room (5 a file).
    expect(shown.filter((each) => each.severity === 'warning')).toHaveLength(6)
    for (const file of ['o/a.md', 'o/b.md', 'o/c.md']) {
      expect(shown.filter((each) => each.file === file).length).toBeLessThanOrEqual(5)
    }
    expect(note?.text).toMatch(/^3 errors and 6 warnings not annotated/)
    expect(out.recorded.notices).toEqual([note?.text])
  })

  it('says nothing more when every finding fits', () => {
    const out = recordingOutput()
    const note = annotateWithCommands(
      toAnnotations([findings('a.md', 1, 1)], '/ws'),
      {failed: false, warningsUsed: 0, checksAsked: false},
      out
    )
    expect(note).toBeUndefined()
    expect(out.recorded.annotations).toHaveLength(2)
    expect(out.recorded.notices).toEqual([])
  })
})

describe('check-run reporter', () => {
  const base = {
    counts: {errors: 2, warnings: 0},
    files: 1,
    scope: 'every suite',
    failed: true
  }
  const context = readEventContext({
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'f'.repeat(40)
  })

  it('publishes and returns a note with the run link', async () => {
    const api = await standIn({})
    const out = recordingOutput()
    const client = createClient({token: 't', baseUrl: api.url, retries: 0, delayUnitMs: 1})
    const outcome = await reportCheckRun(
      {
        ...base,
        annotations: toAnnotations([findings('a.md', 2, 0)], '/ws'),
        token: 't',
        context,
        client: async () => client
      },
      out
    )
    expect(outcome).toMatchObject({
      fallback: false,
      note: {text: '2 of 2 findings annotated on the check run'}
    })
    expect(api.checkRuns[0]?.bodies[0]).toMatchObject({
      conclusion: 'failure',
      name: 'tdd-prompt-lint'
    })
  })

  it('falls back to commands without a token, and with a notice on a 403', async () => {
    const out = recordingOutput()
    const annotations = toAnnotations([findings('a.md', 2, 0)], '/ws')
    const never = async () => {
      throw new Error('no client needed')
    }
    expect(
      await reportCheckRun({...base, annotations, token: '', context, client: never}, out)
    ).toEqual({fallback: true})
    expect(out.recorded.warnings).toEqual([
      'Cannot publish a check run (no github-token); annotating through workflow commands instead.'
    ])
    const api = await standIn({faults: [{route: 'create-check', answer: 403}]})
    const client = createClient({token: 't', baseUrl: api.url, retries: 0, delayUnitMs: 1})
    const denied = recordingOutput()
    expect(
      await reportCheckRun(
        {...base, annotations, token: 't', context, client: async () => client},
        denied
      )
    ).toEqual({fallback: true})
    expect(denied.recorded.warnings).toEqual([])
    expect(denied.recorded.notices[0]).toMatch(/403 .*The token cannot write checks/)
  })
})

describe('SARIF reporter', () => {
  it('writes under RUNNER_TEMP, named after the step', () => {
    const dir = tempDir()
    const file = writeSarifFile([findings('a.md', 1, 0)], '/ws', {
      RUNNER_TEMP: dir,
      GITHUB_ACTION: 'lint prompts'
    })
    expect(file).toBe(path.join(dir, 'tdd-prompt-lint-lint_prompts.sarif'))
    const log = JSON.parse(fs.readFileSync(file, 'utf8')) as {runs: {results: unknown[]}[]}
    expect(log.runs[0]?.results).toHaveLength(1)
  })
})

describe('the summary trace', () => {
  it('shows the requirements of the suites in scope only, not another package’s', () => {
    const root = tempDir()
    fs.mkdirSync(path.join(root, '.git'))
    for (const pkg of ['billing', 'shipping']) {
      const dir = path.join(root, pkg)
      writeSuite(dir, {pkg, pairs: ['ledger']})
      fs.writeFileSync(
        path.join(dir, 'l1_requirements.md'),
        `# L1 Requirements\n\n| ID | Requirement |\n|---|---|\n| 1.1 | The ${pkg} system shall do it. |\n| 1.2 | The ${pkg} system must log. |\n`
      )
      const red = path.join(dir, 'prompt_01_ledger_red.md')
      fs.appendFileSync(red, `\n## Key requirements\n\n- Does it (L1-1.1).\n`)
    }
    const model = new SuiteModel({root})
    const rows = traceInScope(model, [path.join(root, 'billing')])
    const documents = new Set(rows.map((row) => row.definition?.document))
    expect(documents).toEqual(new Set([path.join(root, 'billing', 'l1_requirements.md')]))
    expect(rows.map((row) => `${row.id} ${row.status}`).sort()).toEqual([
      'L1-1.1 covered',
      'L1-1.2 uncovered'
    ])
    expect(rows.find((row) => row.id === 'L1-1.1')?.prompts).toEqual([
      path.join(root, 'billing', 'prompt_01_ledger_red.md')
    ])
  })
})

describe('suggestions', () => {
  const workspace = '/ws'
  const before = '\uFEFF# Prompt 05: A\r\n\r\n**TDD Phase:** Red\r\nsame\r\n'
  const after = '\uFEFF# Prompt 04: A\r\n\r\n**TDD Phase:** Green\r\nsame\r\n'
  const plan = {renames: [], edits: new Map([['/ws/o/prompt_04_a_red.md', after]])}
  const read = () => before

  it('replaces exactly the lines a fix changes, one suggestion per run of lines', () => {
    const found = suggestionsOf(plan, workspace, read, [])
    expect(
      found.map(({file, startLine, endLine, lines}) => ({file, startLine, endLine, lines}))
    ).toEqual([
      {file: 'o/prompt_04_a_red.md', startLine: 1, endLine: 1, lines: ['# Prompt 04: A']},
      {file: 'o/prompt_04_a_red.md', startLine: 3, endLine: 3, lines: ['**TDD Phase:** Green']}
    ])
  })

  it('keeps text from the repository inert: escaped words, a fence no line closes', () => {
    const comment = commentOf({
      file: 'o/p.md',
      startLine: 2,
      endLine: 3,
      lines: ['# Prompt 04 @octocat </details>', '```', '````'],
      findings: [{rule: 'title', message: 'Unexpected `Prompt 05` @team <b>'}]
    })
    expect(comment).toMatchObject({path: 'o/p.md', line: 3, start_line: 2, side: 'RIGHT'})
    expect(comment.body).toContain(
      '`````suggestion\n# Prompt 04 @octocat </details>\n```\n````\n`````\n'
    )
    const words = comment.body.slice(0, comment.body.indexOf('`````suggestion'))
    expect(words).toContain('Unexpected \\`Prompt 05\\` \\@team &lt;b&gt;')
    expect(suggestedLines(comment.body)).toBe('# Prompt 04 @octocat </details>\n```\n````')
  })

  it('knows a suggestion already posted for the same lines and text, whoever posted it', () => {
    const comment = commentOf({
      file: 'o/p.md',
      startLine: 1,
      endLine: 1,
      lines: ['x'],
      findings: []
    })
    const posted = (line: number, body: string) => ({path: 'o/p.md', line, body})
    expect(alreadyPosted(comment, [posted(1, 'Try this:\n```suggestion\nx\n```')])).toBe(true)
    expect(alreadyPosted(comment, [posted(2, comment.body)])).toBe(false)
    expect(alreadyPosted(comment, [posted(1, '```suggestion\ny\n```')])).toBe(false)
    expect(alreadyPosted(comment, [posted(1, 'x')])).toBe(false)
  })

  it('lies in the diff only when one hunk shows every line it replaces', () => {
    const suggestion = {file: 'o/p.md', startLine: 4, endLine: 5, lines: [], findings: []}
    expect(inDiff(suggestion, new Map([['o/p.md', [[1, 5]]]]))).toBe(true)
    expect(
      inDiff(
        suggestion,
        new Map([
          [
            'o/p.md',
            [
              [1, 4],
              [5, 9]
            ]
          ]
        ])
      )
    ).toBe(false)
    expect(inDiff(suggestion, new Map())).toBe(false)
  })

  it('lists renames as shell commands in a fence no path can close', () => {
    const section = renameSection([{from: "o/it's.md", to: 'o/```x.md'}])
    expect(section).toContain(
      "````sh\ngit mv 'o/it'\\''s.md' 'o/```x.md'\ntdd-prompt-lint --fix\n````"
    )
  })
})

describe('review reporter', () => {
  const context = readEventContext({
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'f'.repeat(40)
  })
  const suggestion = (line: number) => ({
    file: 'o/p.md',
    startLine: line,
    endLine: line,
    lines: [`fixed ${line}`],
    findings: [{rule: 'title', message: `fix ${line}`}]
  })

  it('posts at most 20 suggestions in one review, counts the rest and those outside the diff', async () => {
    const patch =
      '@@ -1,30 +1,30 @@\n' +
      Array.from({length: 30}, (_, index) => ` line ${index + 1}`).join('\n')
    const api = await standIn({pulls: {3: [{filename: 'o/p.md', status: 'modified', patch}]}})
    const client = createClient({token: 't', baseUrl: api.url, retries: 0, delayUnitMs: 1})
    const out = recordingOutput()
    const suggestions = Array.from({length: 27}, (_, index) => suggestion(index + 1))
    suggestions.push(suggestion(40), suggestion(41))
    const notes = await reportSuggestions(
      {
        suggestions,
        diff: new Map([['o/p.md', [[1, 30]]]]),
        pullNumber: 3,
        context,
        client: async () => client
      },
      out
    )
    expect(api.reviews).toHaveLength(1)
    const comments = api.reviews[0]!.body.comments as Array<{line: number}>
    expect(comments.map((each) => each.line)).toEqual(
      Array.from({length: maxSuggestions}, (_, index) => index + 1)
    )
    expect(notes.map((note) => note.text)).toEqual([
      '20 suggested changes posted in one review.',
      '7 more suggestions not posted (at most 20 a run): run tdd-prompt-lint --fix to make them.',
      "2 fixes outside the pull request's diff: run tdd-prompt-lint --fix to make them."
    ])
    expect(api.requests.map((sent) => `${sent.method} ${sent.route}`)).toEqual([
      'GET list-comments',
      'POST create-review'
    ])
  })

  it('warns, never fails, on another API failure', async () => {
    const api = await standIn({faults: [{route: 'list-comments', answer: 500}]})
    const client = createClient({token: 't', baseUrl: api.url, retries: 0, delayUnitMs: 1})
    const out = recordingOutput()
    const notes = await reportSuggestions(
      {
        suggestions: [suggestion(1)],
        diff: new Map([['o/p.md', [[1, 3]]]]),
        pullNumber: 3,
        context,
        client: async () => client
      },
      out
    )
    expect(out.recorded.warnings).toHaveLength(1)
    expect(out.recorded.warnings[0]).toMatch(/^Cannot post suggested changes: 500 /)
    expect(notes).toHaveLength(1)
    expect(api.reviews).toEqual([])
  })
})

describe('the plan behind the suggestions', () => {
  it('suggests the edits without the renames, and lists the renames for the summary', async () => {
    const ws = tempDir()
    fs.mkdirSync(path.join(ws, '.git'))
    const dir = path.join(ws, 'billing')
    writeSuite(dir, {pkg: 'billing', pairs: ['ledger', 'invoice']})
    fs.renameSync(
      path.join(dir, 'prompt_02_invoice_red.md'),
      path.join(dir, 'Prompt_2_invoice-red.md')
    )
    const green = path.join(dir, 'prompt_01b_ledger_green.md')
    fs.writeFileSync(
      green,
      fs.readFileSync(green, 'utf8').replace('# Green: ledger', '# Red: ledger')
    )
    const linter = createLinter({}, ws)
    const results = []
    for (const name of fs.readdirSync(dir).sort())
      results.push(await linter.lint(path.join(dir, name)))
    const annotations = toAnnotations(results, ws)
    const planned = planSuggestions(results, linter.model, ws, annotations)
    expect(planned.renames).toEqual([
      {from: 'billing/Prompt_2_invoice-red.md', to: 'billing/prompt_02_invoice_red.md'}
    ])
    // No suggestion rewrites a link to the new name before the rename is made.
    expect(planned.suggestions.flatMap((each) => each.lines).join('\n')).not.toContain(
      'prompt_02_invoice_red.md'
    )
  })
})
