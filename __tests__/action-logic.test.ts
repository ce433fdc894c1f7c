/**
 * The Action's plain logic, without @actions/core: inputs, the event, which
 * suites a run lints, annotation order and cap, the summary; the modules that talk
 * to GitHub run against the API stand-in.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it} from 'vitest'
import {capAnnotations, countFindings, toAnnotations} from '../src/action/annotations.js'
import {changedPaths, listChangedFiles} from '../src/action/changed-files.js'
import {CheckRunError, chunk, publishCheckRun, toCheckAnnotation} from '../src/action/checks.js'
import {readEventContext, type EventContext} from '../src/action/event.js'
import {createClient, describeApiError, retryDelay} from '../src/action/github.js'
import {InputError, parseInputs, shouldFail} from '../src/action/inputs.js'
import {chooseScope} from '../src/action/scope.js'
import {buildSummary, pairMatrix} from '../src/action/summary.js'
import {
  filesLinkingInto,
  promptFilesIn,
  suitePatterns,
  touchedSuites
} from '../src/action/suites.js'
import {findSuites} from '../src/files.js'
import {createLinter} from '../src/lint.js'
import {clearSuiteCache} from '../src/suite.js'
import {startGitHubApi, unreachableUrl, type PullFile, type StandIn} from './helpers/github-api.js'

const examples = path.join(import.meta.dirname, '..', 'examples')
const temps: string[] = []
const servers: StandIn[] = []

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
  for (const dir of temps.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
  clearSuiteCache()
})

function tempCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-action-'))
  temps.push(dir)
  fs.cpSync(examples, dir, {recursive: true})
  return dir
}

async function standIn(options: Parameters<typeof startGitHubApi>[0]) {
  const server = await startGitHubApi(options)
  servers.push(server)
  return server
}

const quick = {retries: 3, retryDelayMs: 0, timeoutMs: 2000}

function inputs(values: Record<string, string>) {
  return (name: string) => values[name] ?? ''
}

describe('inputs', () => {
  it('has the documented defaults', () => {
    expect(parseInputs(inputs({'github-token': 't'}))).toEqual({
      token: 't',
      paths: [],
      config: undefined,
      failOn: 'error',
      annotations: 'commands'
    })
  })

  it('splits paths on lines and commas', () => {
    const parsed = parseInputs(inputs({paths: 'examples\n docs/prompts/ ,more\n\n'}))
    expect(parsed.paths).toEqual(['examples', 'docs/prompts', 'more'])
  })

  it('rejects paths outside the workspace and unknown values, naming the input', () => {
    expect(() => parseInputs(inputs({paths: '../elsewhere'}))).toThrow(InputError)
    expect(() => parseInputs(inputs({paths: '/etc'}))).toThrow(/paths: `\/etc`/)
    expect(() => parseInputs(inputs({'fail-on': 'sometimes'}))).toThrow(
      /fail-on: unexpected `sometimes`, expected one of `error`, `warning`, `never`/
    )
    expect(() => parseInputs(inputs({annotations: 'all'}))).toThrow(/annotations: unexpected `all`/)
  })

  it('fails on errors, on any finding, or never', () => {
    expect(shouldFail({errors: 1, warnings: 0}, 'error')).toBe(true)
    expect(shouldFail({errors: 0, warnings: 3}, 'error')).toBe(false)
    expect(shouldFail({errors: 0, warnings: 3}, 'warning')).toBe(true)
    expect(shouldFail({errors: 0, warnings: 0}, 'warning')).toBe(false)
    expect(shouldFail({errors: 5, warnings: 5}, 'never')).toBe(false)
  })
})

describe('event', () => {
  function eventFile(payload: unknown): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-event-'))
    temps.push(dir)
    const file = path.join(dir, 'event.json')
    fs.writeFileSync(file, JSON.stringify(payload))
    return file
  }

  it('reads a pull request: number, head SHA (not GITHUB_SHA) and size', () => {
    const context = readEventContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile({
        number: 7,
        pull_request: {number: 7, changed_files: 3, head: {sha: 'a'.repeat(40)}}
      }),
      GITHUB_REPOSITORY: 'octo/prompts',
      GITHUB_SHA: 'b'.repeat(40)
    })
    expect(context).toEqual({
      eventName: 'pull_request',
      isPullRequestEvent: true,
      owner: 'octo',
      repo: 'prompts',
      pull: {number: 7, headSha: 'a'.repeat(40), changedFiles: 3},
      headSha: 'a'.repeat(40)
    })
  })

  it('uses GITHUB_SHA for a push and treats pull_request_target as a pull request', () => {
    const push = readEventContext({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile({ref: 'refs/heads/main'}),
      GITHUB_REPOSITORY: 'octo/prompts',
      GITHUB_SHA: 'c'.repeat(40)
    })
    expect(push.isPullRequestEvent).toBe(false)
    expect(push.pull).toBeUndefined()
    expect(push.headSha).toBe('c'.repeat(40))
    const target = readEventContext({
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: eventFile({pull_request: {number: 9, head: {sha: 'd'.repeat(40)}}}),
      GITHUB_REPOSITORY: 'octo/prompts'
    })
    expect(target.pull).toEqual({number: 9, headSha: 'd'.repeat(40), changedFiles: undefined})
  })

  it('survives a missing or broken event file', () => {
    const context = readEventContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(os.tmpdir(), 'no-such-event.json')
    })
    expect(context.pull).toBeUndefined()
    expect(context.owner).toBeUndefined()
  })
})

describe('scope', () => {
  const pullContext: EventContext = {
    eventName: 'pull_request',
    isPullRequestEvent: true,
    owner: 'o',
    repo: 'r',
    pull: {number: 1, headSha: 'a', changedFiles: 2},
    headSha: 'a'
  }
  const listing = async () => ({paths: ['orchestration/x.md'], complete: true})

  it('lints every suite on push and workflow_dispatch', async () => {
    for (const eventName of ['push', 'workflow_dispatch']) {
      const scope = await chooseScope(
        {...pullContext, eventName, isPullRequestEvent: false, pull: undefined},
        {token: 't', list: listing}
      )
      expect(scope).toMatchObject({kind: 'all', level: undefined})
      expect(scope.kind === 'all' && scope.why).toContain(eventName)
    }
  })

  it('lists the changed files of a pull request', async () => {
    expect(await chooseScope(pullContext, {token: 't', list: listing})).toEqual({
      kind: 'changed',
      pullNumber: 1,
      paths: ['orchestration/x.md']
    })
  })

  it('falls back to every suite, saying why', async () => {
    const noToken = await chooseScope(pullContext, {token: '', list: listing})
    expect(noToken).toMatchObject({kind: 'all', level: 'warning'})
    expect(noToken.kind === 'all' && noToken.why).toMatch(/github-token/)

    const huge = await chooseScope(
      {...pullContext, pull: {number: 1, headSha: 'a', changedFiles: 3500}},
      {token: 't', list: listing}
    )
    expect(huge).toMatchObject({kind: 'all', level: 'notice'})
    expect(huge.kind === 'all' && huge.why).toMatch(/3500 files.*3000/)

    const capped = await chooseScope(pullContext, {
      token: 't',
      list: async () => ({paths: [], complete: false})
    })
    expect(capped).toMatchObject({kind: 'all', level: 'notice'})

    const failing = await chooseScope(pullContext, {
      token: 't',
      list: async () => {
        throw new Error('boom')
      }
    })
    expect(failing).toMatchObject({kind: 'all', level: 'warning'})
    expect(failing.kind === 'all' && failing.why).toMatch(/boom/)
  })
})

describe('changed files', () => {
  it('includes the old name of a renamed file', () => {
    expect(
      changedPaths([
        {filename: 'a/new.md', status: 'renamed', previous_filename: 'b/old.md'},
        {filename: 'c.md', status: 'removed'}
      ])
    ).toEqual(['a/new.md', 'b/old.md', 'c.md'])
  })

  it('pages through the files 100 at a time', async () => {
    const files: PullFile[] = Array.from({length: 250}, (_, index) => ({
      filename: `docs/file${index}.md`,
      status: 'modified'
    }))
    files[120] = {
      filename: 'orchestration/new.md',
      status: 'renamed',
      previous_filename: 'x/old.md'
    }
    const api = await standIn({pulls: {5: files}})
    const client = createClient({token: 't', baseUrl: api.url, ...quick})
    const listed = await listChangedFiles(client, {owner: 'o', repo: 'r', pullNumber: 5})
    expect(listed.complete).toBe(true)
    expect(listed.paths).toHaveLength(251)
    expect(listed.paths).toContain('x/old.md')
    const pages = api.requests.filter((request) => request.route === 'files')
    expect(pages.map((request) => [request.query.per_page, request.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3']
    ])
    expect(pages[0]?.headers.authorization).toBe('token t')
  })

  it('reports an incomplete listing at the 3000-file cap', async () => {
    const files: PullFile[] = Array.from({length: 3001}, (_, index) => ({
      filename: `f${index}.md`,
      status: 'added'
    }))
    const api = await standIn({pulls: {5: files}})
    const client = createClient({token: 't', baseUrl: api.url, ...quick})
    const listed = await listChangedFiles(client, {owner: 'o', repo: 'r', pullNumber: 5})
    expect(listed.complete).toBe(false)
    expect(api.requests.filter((request) => request.route === 'files')).toHaveLength(30)
  })

  it('retries 5xx and secondary rate limits, then succeeds', async () => {
    const api = await standIn({
      pulls: {5: [{filename: 'orchestration/a.md', status: 'added'}]},
      faults: [
        {route: 'files', answer: 502, times: 1},
        {route: 'files', answer: 'secondary-rate-limit', times: 1}
      ]
    })
    const client = createClient({token: 't', baseUrl: api.url, ...quick})
    const listed = await listChangedFiles(client, {owner: 'o', repo: 'r', pullNumber: 5})
    expect(listed.paths).toEqual(['orchestration/a.md'])
    expect(api.requests.map((request) => request.status)).toEqual([502, 403, 200])
  })

  it('gives up after a few retries with a clear message', async () => {
    const api = await standIn({faults: [{route: 'files', answer: 503}]})
    const client = createClient({token: 't', baseUrl: api.url, ...quick})
    const error = await listChangedFiles(client, {owner: 'o', repo: 'r', pullNumber: 5}).catch(
      (caught: unknown) => caught
    )
    expect(api.requests).toHaveLength(4)
    expect(describeApiError(error)).toBe('503 Service Unavailable (after 3 retries)')
  })

  it.each([
    [401, 'bad credentials'],
    [403, 'not accessible'],
    [404, 'not found'],
    ['rate-limit', 'rate limit exceeded']
  ] as const)('does not retry %s', async (answer, text) => {
    const api = await standIn({faults: [{route: 'files', answer}]})
    const client = createClient({token: 't', baseUrl: api.url, ...quick})
    const error = await listChangedFiles(client, {owner: 'o', repo: 'r', pullNumber: 5}).catch(
      (caught: unknown) => caught
    )
    expect(api.requests).toHaveLength(1)
    expect(describeApiError(error).toLowerCase()).toContain(text)
    expect(describeApiError(error)).not.toMatch(/\n|at .*\.js/)
  })

  it('times out a request that hangs, and says the API cannot be reached when it is down', async () => {
    const api = await standIn({faults: [{route: 'files', answer: 'hang'}]})
    const hanging = createClient({
      token: 't',
      baseUrl: api.url,
      retries: 1,
      retryDelayMs: 0,
      timeoutMs: 200
    })
    const timedOut = await listChangedFiles(hanging, {owner: 'o', repo: 'r', pullNumber: 5}).catch(
      (caught: unknown) => caught
    )
    expect(api.requests).toHaveLength(2)
    expect(describeApiError(timedOut)).toMatch(/timed out after 200 ms/)

    const down = createClient({token: 't', baseUrl: await unreachableUrl(), ...quick})
    const refused = await listChangedFiles(down, {owner: 'o', repo: 'r', pullNumber: 5}).catch(
      (caught: unknown) => caught
    )
    expect(describeApiError(refused)).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:\d+/)
  })

  it('backs off exponentially, honours retry-after within bounds, and stops', () => {
    const settings = {retries: 3, retryDelayMs: 1000}
    const server = {status: 502, response: {headers: {}}}
    expect([0, 1, 2, 3].map((attempt) => retryDelay(server, attempt, settings))).toEqual([
      1000,
      2000,
      4000,
      undefined
    ])
    const secondary = {
      status: 403,
      message: 'You have exceeded a secondary rate limit',
      response: {headers: {'retry-after': '5'}}
    }
    expect(retryDelay(secondary, 0, settings)).toBe(5000)
    expect(
      retryDelay({...secondary, response: {headers: {'retry-after': '3600'}}}, 0, settings)
    ).toBe(60_000)
    expect(retryDelay({status: 404}, 0, settings)).toBeUndefined()
    expect(retryDelay(server, 0, {retries: 3, retryDelayMs: 0})).toBe(0)
  })
})

describe('suites', () => {
  it('uses the paths input, else the configured suite patterns', () => {
    expect(suitePatterns([], ['**/orchestration', '**/testdata'])).toEqual([
      '**/orchestration',
      '**/testdata'
    ])
    expect(suitePatterns(['examples', 'more/'], ['**/orchestration'])).toEqual([
      'examples',
      'examples/**',
      'more',
      'more/**'
    ])
  })

  it('finds the suite folders a change touches, renames and deletions included', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-suites-'))
    temps.push(root)
    fs.cpSync(examples, path.join(root, 'examples'), {recursive: true})
    fs.mkdirSync(path.join(root, 'pkg', 'orchestration'), {recursive: true})
    const suites = await findSuites(root, suitePatterns([], ['**/orchestration', '**/testdata']))
    expect(suites.map((dir) => path.relative(root, dir))).toEqual([
      'examples/orchestration',
      'examples/testdata',
      'pkg/orchestration'
    ])
    const touched = touchedSuites(suites, root, [
      'README.md',
      'src/orchestration.ts',
      'examples/testdata/testdata_prompt_02b_subscriber_green.md',
      'examples/orchestration/deep/notes.md',
      'gone/orchestration/prompt_01_x_red.md'
    ])
    expect(touched.map((dir) => path.relative(root, dir))).toEqual(['examples/testdata'])
    expect(
      touchedSuites(suites, root, ['docs/moved.md', 'pkg/orchestration/prompt_01_a_red.md']).map(
        (dir) => path.relative(root, dir)
      )
    ).toEqual(['pkg/orchestration'])
  })

  it('finds the prompt files elsewhere that link into given folders', () => {
    const root = tempCopy()
    const orchestration = promptFilesIn([path.join(root, 'orchestration')])
    const testdata = promptFilesIn([path.join(root, 'testdata')])
    // The orchestration preprompt indexes the testdata pairs; no other orchestration prompt links there.
    expect(filesLinkingInto(orchestration, [path.join(root, 'testdata')])).toEqual([
      path.join(root, 'orchestration', 'prompt_00_orchestration_preprompt.md')
    ])
    // Every testdata prompt links to the preprompt it borrows.
    expect(filesLinkingInto(testdata, [path.join(root, 'orchestration')])).toEqual(testdata)
    // A link in a code block is no link; an unreadable file links nowhere.
    const extra = path.join(root, 'orchestration', 'prompt_09_x_red.md')
    fs.writeFileSync(
      extra,
      '# X\n\n```\n[a](../testdata/testdata_prompt_01_publisher_red.md)\n```\n'
    )
    expect(
      filesLinkingInto([extra, path.join(root, 'missing.md')], [path.join(root, 'testdata')])
    ).toEqual([])
  })

  it('lists the prompt files directly in a suite folder', () => {
    const root = tempCopy()
    fs.mkdirSync(path.join(root, 'orchestration', 'archive'))
    fs.writeFileSync(path.join(root, 'orchestration', 'archive', 'prompt_09_old_red.md'), '# x\n')
    fs.writeFileSync(path.join(root, 'orchestration', 'notes.md'), '# notes\n')
    const files = promptFilesIn([path.join(root, 'orchestration')])
    expect(files.map((file) => path.basename(file))).toContain('prompt_01_config_generator_red.md')
    expect(files.every((file) => path.dirname(file) === path.join(root, 'orchestration'))).toBe(
      true
    )
    expect(files.map((file) => path.basename(file))).not.toContain('notes.md')
  })
})

function finding(
  file: VFile,
  reason: string,
  options: {line: number; column?: number; end?: [number, number]; rule: string; fatal: boolean}
) {
  const place = options.end
    ? {
        start: {line: options.line, column: options.column ?? 1},
        end: {line: options.end[0], column: options.end[1]}
      }
    : {line: options.line, column: options.column ?? 1}
  const message = file.message(reason, {place, ruleId: options.rule, source: 'tdd-prompt-lint'})
  message.fatal = options.fatal
  message.url = `https://example.com/${options.rule}`
  return message
}

describe('annotations', () => {
  const root = '/ws'

  it('orders errors first, then by file and line, with paths relative to the workspace', () => {
    const b = new VFile({path: '/ws/suite/b.md'})
    const a = new VFile({path: '/ws/suite/a.md'})
    finding(b, 'warn b3', {line: 3, rule: 'w', fatal: false})
    finding(b, 'err b9', {line: 9, rule: 'e', fatal: true})
    finding(a, 'err a12', {line: 12, rule: 'e', fatal: true})
    finding(a, 'err a2', {line: 2, rule: 'e', fatal: true})
    finding(a, 'warn a1', {line: 1, rule: 'w', fatal: false})
    const list = toAnnotations([b, a], root)
    expect(
      list.map((annotation) => [annotation.severity, annotation.file, annotation.message])
    ).toEqual([
      ['error', 'suite/a.md', 'err a2'],
      ['error', 'suite/a.md', 'err a12'],
      ['error', 'suite/b.md', 'err b9'],
      ['warning', 'suite/a.md', 'warn a1'],
      ['warning', 'suite/b.md', 'warn b3']
    ])
    expect(countFindings(list)).toEqual({errors: 3, warnings: 2})
  })

  it('keeps columns on one-line ranges only, and names the related file', () => {
    const file = new VFile({path: '/ws/o/p.md'})
    finding(file, 'one line', {line: 4, column: 3, end: [4, 10], rule: 'r', fatal: true})
    finding(file, 'two lines', {line: 5, column: 2, end: [7, 1], rule: 'r', fatal: true})
    const withCause = finding(file, 'paired', {line: 1, rule: 'pair', fatal: true})
    const cause = new VFile({path: '/ws/o/q.md'}).message('other', {place: {line: 2, column: 1}})
    cause.file = '/ws/o/q.md'
    withCause.cause = cause
    const [paired, oneLine, twoLines] = toAnnotations([file], root)
    expect(oneLine).toMatchObject({
      startLine: 4,
      startColumn: 3,
      endLine: 4,
      endColumn: 9,
      title: 'r'
    })
    expect(twoLines).toMatchObject({
      startLine: 5,
      endLine: 7,
      startColumn: undefined,
      endColumn: undefined
    })
    expect(paired?.message).toBe('paired (related: o/q.md:2)')
    expect(paired?.url).toBe('https://example.com/pair')
  })

  it('caps errors and warnings separately and counts what was left out', () => {
    const file = new VFile({path: '/ws/o/p.md'})
    for (let line = 1; line <= 14; line++) finding(file, `e${line}`, {line, rule: 'e', fatal: true})
    for (let line = 1; line <= 3; line++) finding(file, `w${line}`, {line, rule: 'w', fatal: false})
    const capped = capAnnotations(toAnnotations([file], root), {errors: 10, warnings: 2})
    expect(capped.shown.map((annotation) => annotation.message)).toEqual([
      ...Array.from({length: 10}, (_, index) => `e${index + 1}`),
      'w1',
      'w2'
    ])
    expect(capped.omitted).toEqual({errors: 4, warnings: 1})
  })

  it('turns an annotation into a check-run annotation', () => {
    const file = new VFile({path: '/ws/o/p.md'})
    finding(file, 'e', {line: 4, column: 3, end: [4, 10], rule: 'r', fatal: true})
    finding(file, 'w', {line: 5, column: 1, end: [6, 2], rule: 's', fatal: false})
    const [error, warning] = toAnnotations([file], root)
    expect(toCheckAnnotation(error!)).toEqual({
      path: 'o/p.md',
      start_line: 4,
      end_line: 4,
      start_column: 3,
      end_column: 9,
      annotation_level: 'failure',
      title: 'r',
      message: 'e',
      raw_details: 'https://example.com/r'
    })
    expect(toCheckAnnotation(warning!)).toEqual({
      path: 'o/p.md',
      start_line: 5,
      end_line: 6,
      annotation_level: 'warning',
      title: 's',
      message: 'w',
      raw_details: 'https://example.com/s'
    })
  })
})

describe('check runs', () => {
  function many(count: number) {
    const file = new VFile({path: '/ws/o/p.md'})
    for (let line = 1; line <= count; line++)
      finding(file, `e${line}`, {line, rule: 'e', fatal: true})
    return toAnnotations([file], '/ws')
  }
  const request = {
    owner: 'o',
    repo: 'r',
    headSha: 'f'.repeat(40),
    name: 'tdd-prompt-lint',
    title: 'Findings',
    summary: 'sum',
    conclusion: 'failure' as const
  }

  it('splits into batches', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(chunk([], 50)).toEqual([[]])
  })

  it('creates the run with the first 50 and patches the rest, concluding last', async () => {
    const api = await standIn({})
    const client = createClient({token: 't', baseUrl: api.url, ...quick})
    const published = await publishCheckRun(client, {...request, annotations: many(120)})
    expect(published.id).toBe(1000)
    expect(published.url).toBe('https://github.com/o/r/runs/1000')
    const [run] = api.checkRuns
    expect(
      run?.bodies.map((body) => [body.status, body.conclusion, annotationsOf(body).length])
    ).toEqual([
      ['in_progress', undefined, 50],
      [undefined, undefined, 50],
      ['completed', 'failure', 20]
    ])
    expect(run?.bodies[0]?.head_sha).toBe('f'.repeat(40))
    expect(api.requests.map((sent) => `${sent.method} ${sent.path}`)).toEqual([
      'POST /repos/o/r/check-runs',
      'PATCH /repos/o/r/check-runs/1000',
      'PATCH /repos/o/r/check-runs/1000'
    ])
    const messages = run!.bodies.flatMap((body) =>
      annotationsOf(body).map((annotation) => annotation.message)
    )
    expect(messages).toEqual(Array.from({length: 120}, (_, index) => `e${index + 1}`))
  })

  it('uses one request for 50 annotations or fewer', async () => {
    const api = await standIn({})
    const client = createClient({token: 't', baseUrl: api.url, ...quick})
    await publishCheckRun(client, {...request, conclusion: 'success', annotations: []})
    expect(api.checkRuns[0]?.bodies).toHaveLength(1)
    expect(api.checkRuns[0]?.bodies[0]).toMatchObject({status: 'completed', conclusion: 'success'})
  })

  it('fails with the status when the token may not create check runs', async () => {
    const api = await standIn({faults: [{route: 'create-check', answer: 403}]})
    const client = createClient({token: 't', baseUrl: api.url, ...quick})
    const error = await publishCheckRun(client, {...request, annotations: many(3)}).catch(
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(CheckRunError)
    expect((error as CheckRunError).status).toBe(403)
    expect((error as CheckRunError).message).toMatch(/403 Resource not accessible by integration/)
    expect(api.requests).toHaveLength(1)
  })

  it('completes a run whose later batch failed, and reports the failure', async () => {
    const api = await standIn({faults: [{route: 'update-check', answer: 422, times: 1}]})
    const client = createClient({token: 't', baseUrl: api.url, ...quick})
    const error = await publishCheckRun(client, {...request, annotations: many(120)}).catch(
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(CheckRunError)
    expect((error as CheckRunError).checkRunId).toBe(1000)
    const last = api.checkRuns[0]?.bodies.at(-1)
    expect(last).toMatchObject({status: 'completed', conclusion: 'failure'})
  })
})

function annotationsOf(body: Record<string, unknown>): {message: string}[] {
  return (body.output as {annotations?: {message: string}[]} | undefined)?.annotations ?? []
}

describe('summary', () => {
  async function lintCopy(mutate: (root: string) => void) {
    const root = tempCopy()
    mutate(root)
    clearSuiteCache()
    const linter = createLinter({}, root)
    const files = promptFilesIn([path.join(root, 'orchestration'), path.join(root, 'testdata')])
    const results = []
    for (const file of files) results.push(await linter.lint(file))
    return {root, results}
  }

  it('shows the pair matrix with missing partners', async () => {
    const {root, results} = await lintCopy((root) =>
      fs.rmSync(path.join(root, 'orchestration', 'prompt_04b_iam_orchestrator_green.md'))
    )
    const rows = pairMatrix(
      path.join(root, 'orchestration'),
      results,
      toAnnotations(results, root),
      root
    )
    expect(rows.find((row) => row.number === '04')).toEqual({
      number: '04',
      slug: 'iam_orchestrator',
      red: ['prompt_04_iam_orchestrator_red.md'],
      green: [],
      ok: false
    })
    expect(rows.find((row) => row.number === '01')).toMatchObject({ok: true})
  })

  it('has counts, a pair matrix per suite and a table per file with docs links', async () => {
    const {root, results} = await lintCopy((root) =>
      fs.rmSync(path.join(root, 'orchestration', 'prompt_04b_iam_orchestrator_green.md'))
    )
    const annotations = toAnnotations(results, root)
    const text = buildSummary({
      results,
      workspace: root,
      annotations,
      suites: [path.join(root, 'orchestration'), path.join(root, 'testdata')],
      scope: 'the suite folders pull request #7 touches',
      failOn: 'error',
      failed: true,
      notes: ['A note.']
    })
    expect(text).toMatch(/^## tdd-prompt-lint\n/)
    expect(text).toContain(
      `❌ **${annotations.length} errors**, 0 warnings in 2 of ${results.length} files`
    )
    expect(text).toContain('Scope: the suite folders pull request #7 touches.')
    expect(text).toContain('### Suite `orchestration`')
    expect(text).toContain('### Suite `testdata`')
    expect(text).toContain(
      '| 04 | iam_orchestrator | `prompt_04_iam_orchestrator_red.md` | — | ❌ |'
    )
    expect(text).toContain(
      '| 01 | config_generator | `prompt_01_config_generator_red.md` | `prompt_01b_config_generator_green.md` | ✅ |'
    )
    expect(text).toContain('#### `orchestration/prompt_04_iam_orchestrator_red.md`')
    expect(text).toMatch(
      /\| 1:1 \| error `pair` \| Expected `prompt_04b_iam_orchestrator_green\.md` to pair with this red prompt \| \[docs\]\(https:\/\/[^)]+pair\.ts\) \|/
    )
    expect(text).toContain('A note.')
  })

  it('escapes table cells and markup from the repository', () => {
    const file = new VFile({path: '/ws/o/prompt_01_a|b_red.md'})
    finding(file, 'Unexpected `a|b` <script>', {line: 2, rule: 'r', fatal: false})
    const text = buildSummary({
      results: [file],
      workspace: '/ws',
      annotations: toAnnotations([file], '/ws'),
      suites: [],
      scope: 'every suite',
      failOn: 'error',
      failed: false,
      notes: []
    })
    expect(text).toContain('Unexpected `a\\|b` &lt;script&gt;')
    expect(text).not.toContain('<script>')
    expect(text).toContain('⚠️ 0 errors, **1 warning** in 1 of 1 file')
  })

  it('stays under the size limit and says what it left out', () => {
    const results = []
    for (let index = 0; index < 400; index++) {
      const file = new VFile({path: `/ws/o/prompt_${index}_x_red.md`})
      for (let line = 1; line <= 20; line++)
        finding(file, 'x'.repeat(100), {line, rule: 'r', fatal: true})
      results.push(file)
    }
    const limit = 100_000
    const text = buildSummary({
      results,
      workspace: '/ws',
      annotations: toAnnotations(results, '/ws'),
      suites: [],
      scope: 'every suite',
      failOn: 'error',
      failed: true,
      notes: [],
      limit
    })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit)
    expect(text).toMatch(
      /Truncated to stay under GitHub's 1 MiB job summary limit: \d+ more findings in \d+ files are in the log and the SARIF file\./
    )
  })

  it('reports a clean run', () => {
    const file = new VFile({path: '/ws/o/prompt_01_a_red.md'})
    const text = buildSummary({
      results: [file],
      workspace: '/ws',
      annotations: [],
      suites: [],
      scope: 'every suite (push)',
      failOn: 'error',
      failed: false,
      notes: []
    })
    expect(text).toContain('✅ No findings in 1 file.')
  })
})
