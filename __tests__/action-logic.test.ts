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
import {
  changedPaths,
  checkPage,
  diffOf,
  listChangedFiles,
  ListingError,
  nextPage
} from '../src/action/changed-files.js'
import {CheckRunError, chunk, publishCheckRun, toCheckAnnotation} from '../src/action/checks.js'
import {readEventContext, type EventContext} from '../src/action/event.js'
import {createClient, describeApiError, type ClientOptions} from '../src/action/github.js'
import {InputError, parseInputs, shouldFail} from '../src/action/inputs.js'
import {chooseScope} from '../src/action/scope.js'
import {buildSummary, pairMatrix, text as md} from '../src/action/summary.js'
import {outsideWorkspace, selectFiles, suitePatterns} from '../src/action/suites.js'
import {createLinter} from '../src/engine/lint.js'
import {SuiteModel} from '../src/suite/model.js'
import {writeSuite} from './helpers/action.js'
import {startGitHubApi, unreachableUrl, type PullFile, type StandIn} from './helpers/github-api.js'

const temps: string[] = []
const servers: StandIn[] = []

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
  for (const dir of temps.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
})

function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-action-')))
  temps.push(dir)
  return dir
}

/** orchestration/: preprompt, pairs 01 config_generator and 02 cache, a red 03 iam without its green. */
function fixture(): string {
  const dir = tempDir()
  writeSuite(path.join(dir, 'orchestration'), {
    pkg: 'orchestration',
    pairs: ['config_generator', 'cache'],
    lonelyReds: ['iam']
  })
  return dir
}

const promptsIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => /prompt.*\.md$/.test(name))
    .sort()
    .map((name) => path.join(dir, name))

async function standIn(options: Parameters<typeof startGitHubApi>[0]) {
  const server = await startGitHubApi(options)
  servers.push(server)
  return server
}

const quick: Partial<ClientOptions> = {retries: 3, delayUnitMs: 1, timeoutMs: 2000}
const pull = {owner: 'o', repo: 'r', pullNumber: 5}

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
      annotations: 'commands',
      suggestions: true
    })
    expect(parseInputs(inputs({suggestions: 'false'})).suggestions).toBe(false)
    expect(() => parseInputs(inputs({suggestions: 'yes'}))).toThrow(
      'suggestions: unexpected `yes`, expected one of `true`, `false`'
    )
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
      paths: ['orchestration/x.md'],
      diff: new Map()
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
  const list = (options: Partial<ClientOptions> & {baseUrl: string}) =>
    listChangedFiles(createClient({token: 't', ...quick, ...options}), pull, options.baseUrl)
  const failure = (promise: Promise<unknown>) => promise.catch((caught: unknown) => caught)

  it('includes the old name of a renamed file', () => {
    expect(
      changedPaths([
        {filename: 'a/new.md', status: 'renamed', previous_filename: 'b/old.md'},
        {filename: 'c.md', status: 'removed'}
      ])
    ).toEqual(['a/new.md', 'b/old.md', 'c.md'])
  })

  it('reads the lines each file’s diff shows from its hunk headers', () => {
    const patch =
      '@@ -1,3 +1,4 @@\n-a\n+b\n c\n@@ -20 +21,2 @@ ## Heading\n+x\n y\n@@ -30,2 +32,0 @@\n-z\n-w'
    expect(
      diffOf([
        {filename: 'a.md', status: 'modified', patch},
        {filename: 'b.png', status: 'added'}
      ])
    ).toEqual(
      new Map([
        [
          'a.md',
          [
            [1, 4],
            [21, 22]
          ]
        ]
      ])
    )
  })

  it('pages through the files 100 at a time, by page number', async () => {
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
    const listed = await list({baseUrl: api.url})
    expect(listed.complete).toBe(true)
    expect(listed.paths).toHaveLength(251)
    expect(listed.paths).toContain('x/old.md')
    const pages = api.requests.filter((request) => request.route === 'files')
    expect(pages.map((request) => [request.query.per_page, request.query.page])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3']
    ])
    expect(pages[0]?.headers.authorization).toBe('token t')
  })

  it('reports an incomplete listing at the 3000-file cap, and never asks past it', async () => {
    const api = await standIn({
      pages: (page, listing) => ({
        data: Array.from({length: 100}, (_, index) => ({filename: `f${page}_${index}.md`})),
        link: `<${listing}?per_page=100&page=${page + 1}>; rel="next"`
      })
    })
    const listed = await list({baseUrl: api.url})
    expect(listed.complete).toBe(false)
    expect(api.requests.map((request) => request.query.page)).toEqual(
      Array.from({length: 30}, (_, index) => String(index + 1))
    )
  })

  it('retries 5xx and secondary rate limits (the plugins), then succeeds', async () => {
    const api = await standIn({
      pulls: {5: [{filename: 'orchestration/a.md', status: 'added'}]},
      faults: [
        {route: 'files', answer: 502, times: 1},
        {route: 'files', answer: 'secondary-rate-limit', times: 1}
      ]
    })
    const retried: string[] = []
    const listed = await list({baseUrl: api.url, onRetry: (line) => retried.push(line)})
    expect(listed.paths).toEqual(['orchestration/a.md'])
    expect(api.requests.map((request) => request.status)).toEqual([502, 403, 200])
    expect(retried.join('\n')).toMatch(/secondary rate limit/)
  })

  it('gives up after a few retries with a clear message', async () => {
    const api = await standIn({faults: [{route: 'files', answer: 503}]})
    const error = await failure(list({baseUrl: api.url}))
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
    const error = await failure(list({baseUrl: api.url}))
    expect(api.requests).toHaveLength(1)
    expect(describeApiError(error).toLowerCase()).toContain(text)
    expect(describeApiError(error)).not.toMatch(/\n|at .*\.js/)
  })

  it('abandons an answer that never comes or never ends, and says when nothing listens', async () => {
    for (const answer of ['hang', 'stall-body'] as const) {
      const api = await standIn({faults: [{route: 'files', answer}]})
      const error = await failure(list({baseUrl: api.url, retries: 1, timeoutMs: 300}))
      expect(api.requests).toHaveLength(2)
      expect(describeApiError(error)).toBe(
        `no answer from ${api.url}: no complete answer within 300 ms (after 1 retry)`
      )
    }
    const down = await unreachableUrl()
    expect(describeApiError(await failure(list({baseUrl: down})))).toMatch(
      /^no answer from http:\/\/127\.0\.0\.1:\d+: the connection failed \(.*ECONNREFUSED.*\) \(after 3 retries\)$/
    )
  })

  it('retries a body cut by a connection reset, then fails', async () => {
    const api = await standIn({faults: [{route: 'files', answer: 'cut-body'}]})
    const error = await failure(list({baseUrl: api.url}))
    expect(api.requests).toHaveLength(4)
    expect(describeApiError(error)).toMatch(/: the answer was cut off \(.+\) \(after 3 retries\)$/)
  })

  it.each(['endless-body', 'oversize-body'] as const)(
    'refuses a body larger than the cap (%s)',
    async (answer) => {
      const api = await standIn({faults: [{route: 'files', answer}]})
      // Time enough to read 10 MiB on a loaded machine: the size bound must be what stops it.
      const error = await failure(list({baseUrl: api.url, retries: 0, timeoutMs: 30_000}))
      expect(describeApiError(error)).toMatch(/the answer is larger than 10485760 bytes/)
    }
  )

  it.each([
    ['not a list', {message: 'hello'}, /page 1 of the changed files is not a list/],
    ['numbers', [1, 2, 3], /item 1 of page 1 is not a file \(a number\)/],
    ['a null filename', [{filename: null, status: 'added'}], /`filename` is not a path \(null\)/],
    ['a path that climbs out', [{filename: '../x.md'}], /not a path inside the repository/],
    ['an absolute path', [{filename: '/etc/passwd'}], /not a path inside the repository/],
    ['a text body', 'not json', /is not a list \(a string\)/]
  ])('refuses a page of %s', async (_label, data, message) => {
    const api = await standIn({pages: () => ({data})})
    const error = await failure(list({baseUrl: api.url}))
    expect(error).toBeInstanceOf(ListingError)
    expect(describeApiError(error)).toMatch(message)
  })

  it('refuses a Link that loops or leaves the origin, and never sends the token elsewhere', async () => {
    const elsewhere = await standIn({pulls: {5: [{filename: 'a.md', status: 'added'}]}})
    const item = [{filename: 'a.md', status: 'added'}]
    const looping = await standIn({
      pages: (page, listing) => ({data: item, link: `<${listing}?page=${page}>; rel="next"`})
    })
    expect(describeApiError(await failure(list({baseUrl: looping.url})))).toBe(
      'the `Link` header names page 1 after page 1'
    )
    expect(looping.requests).toHaveLength(1)
    const leaving = await standIn({
      pages: (page) => ({
        data: item,
        link: `<${elsewhere.url}/repos/o/r/pulls/5/files?page=${page + 1}>; rel="next"`
      })
    })
    expect(describeApiError(await failure(list({baseUrl: leaving.url})))).toBe(
      `the \`Link\` header names a next page on another origin (${elsewhere.url})`
    )
    const redirecting = await standIn({
      pages: () => ({
        data: {},
        status: 302,
        headers: {location: `${elsewhere.url}/repos/o/r/pulls/5/files`}
      })
    })
    expect(describeApiError(await failure(list({baseUrl: redirecting.url, retries: 0})))).toMatch(
      /refused to send the token to another origin/
    )
    expect(elsewhere.requests).toEqual([])
  })

  it('checks pages and Link headers', () => {
    expect(checkPage([{filename: 'a.md', status: 'added', previous_filename: null}], 1)).toEqual([
      {filename: 'a.md', status: 'added', previous_filename: undefined}
    ])
    expect(() => checkPage(Array(101).fill({filename: 'a'}), 1)).toThrow(ListingError)
    const origin = 'https://api.github.com'
    expect(nextPage(undefined, origin, 1)).toBeUndefined()
    expect(nextPage(`<${origin}/x?page=1>; rel="prev"`, origin, 2)).toBeUndefined()
    expect(nextPage(`<${origin}/x?per_page=100&page=3>; rel="next"`, origin, 2)).toBe(3)
    expect(() => nextPage(`<${origin}/x?page=9>; rel="next"`, origin, 2)).toThrow(/page 9/)
  })
})

describe('suites', () => {
  it('uses the paths input, else the configured suite patterns', () => {
    // None configured (the default): none, that is every folder that holds prompts.
    expect(suitePatterns([], [])).toEqual([])
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

  it('refuses suite patterns that leave the workspace', () => {
    const ws = tempDir()
    const outside = tempDir()
    fs.mkdirSync(path.join(ws, 'real', 'orchestration'), {recursive: true})
    fs.symlinkSync(outside, path.join(ws, 'link'))
    expect(outsideWorkspace('**/orchestration', ws)).toBeUndefined()
    expect(outsideWorkspace('real/*', ws)).toBeUndefined()
    expect(outsideWorkspace('not/there/yet', ws)).toBeUndefined()
    expect(outsideWorkspace('../elsewhere', ws)).toMatch(/`\.\.`/)
    expect(outsideWorkspace('real/../../x', ws)).toMatch(/`\.\.`/)
    expect(outsideWorkspace('/etc', ws)).toMatch(/absolute/)
    expect(outsideWorkspace('C:\\x', ws)).toMatch(/absolute/)
    expect(outsideWorkspace('link/orchestration', ws)).toMatch(/symbolic link/)
    expect(outsideWorkspace('link/**', ws)).toMatch(/symbolic link/)
  })

  it('selects the touched folders, their parent and their direct child suites', () => {
    const ws = '/ws'
    const all = [
      '/ws/pkg/prompt_00_pkg_preprompt.md',
      '/ws/pkg/prompt_01_a_red.md',
      '/ws/pkg/testdata/testdata_prompt_01_b_red.md',
      '/ws/pkg/testdata/deep/prompt_01_c_red.md',
      '/ws/other/prompt_01_d_red.md',
      '/ws/shared/prompt_00_shared_preprompt.md'
    ]
    const folders = (changed: string[], preprompts = {}) =>
      selectFiles(all, ws, changed, preprompts).suites.map((dir) => path.relative(ws, dir))
    expect(folders(['pkg/testdata/testdata_prompt_01_b_red.md'])).toEqual([
      'pkg',
      'pkg/testdata',
      'pkg/testdata/deep'
    ])
    expect(folders(['pkg/README.md'])).toEqual(['pkg', 'pkg/testdata'])
    // A folder that holds no prompt is touched only by a prompt-named path (a removed prompt).
    expect(folders(['README.md', 'docs/x.md'])).toEqual([])
    expect(folders(['gone/prompt_01_x_green.md'])).toEqual([])
    expect(folders(['other/gone/prompt_01_x_green.md'])).toEqual(['other'])
    // The configuration's preprompts tie folders together both ways.
    const tied = {'/ws/other': '/ws/shared/prompt_00_shared_preprompt.md'}
    expect(folders(['other/prompt_01_d_red.md'], tied)).toEqual(['other', 'shared'])
    expect(folders(['shared/prompt_00_shared_preprompt.md'], tied)).toEqual(['other', 'shared'])
    expect(selectFiles(all, ws, ['other/x.md']).files).toEqual(['/ws/other/prompt_01_d_red.md'])
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
    expect((error as CheckRunError).message).toMatch(
      /^Cannot add annotations to the check run: 422/
    )
    const last = api.checkRuns[0]?.bodies.at(-1)
    expect(last).toMatchObject({status: 'completed', conclusion: 'failure'})
  })
})

function annotationsOf(body: Record<string, unknown>): {message: string}[] {
  return (body.output as {annotations?: {message: string}[]} | undefined)?.annotations ?? []
}

describe('summary', () => {
  async function lintFixture() {
    const root = fixture()
    const linter = createLinter({}, root)
    const results = []
    for (const file of promptsIn(path.join(root, 'orchestration')))
      results.push(await linter.lint(file))
    return {root, results}
  }

  it('shows the pair matrix with missing partners', async () => {
    const {root, results} = await lintFixture()
    const rows = pairMatrix(
      path.join(root, 'orchestration'),
      new SuiteModel({root}),
      toAnnotations(results, root),
      root
    )
    expect(rows.find((row) => row.number === '03')).toEqual({
      number: '03',
      slug: 'iam',
      red: ['prompt_03_iam_red.md'],
      green: [],
      ok: false
    })
    expect(rows.find((row) => row.number === '01')).toMatchObject({
      red: ['prompt_01_config_generator_red.md'],
      green: ['prompt_01b_config_generator_green.md']
    })
  })

  it('has counts, a pair matrix per suite and a table per file with docs links', async () => {
    const {root, results} = await lintFixture()
    const annotations = toAnnotations(results, root)
    const errors = annotations.filter((annotation) => annotation.severity === 'error').length
    const text = buildSummary({
      results,
      workspace: root,
      model: new SuiteModel({root: root}),
      annotations,
      suites: [path.join(root, 'orchestration')],
      scope: 'the suite folders pull request #7 touches',
      failOn: 'error',
      failed: true,
      notes: [{text: 'A note.', link: {label: 'run', url: 'https://github.com/o/r/runs/1'}}]
    })
    expect(text).toMatch(/^## tdd-prompt-lint\n/)
    expect(text).toContain(`❌ **${plural(errors, 'error')}**`)
    expect(text).toContain('Scope: the suite folders pull request \\#7 touches.')
    expect(text).toContain('### Suite orchestration\n')
    expect(text).toContain(`| 03 | iam | ${md('prompt_03_iam_red.md')} | — | ❌ |`)
    expect(text).toContain(`#### ${md('orchestration/prompt_03_iam_red.md')}\n`)
    expect(text).toMatch(
      /\| 1:1 \| error pair \| Expected a green prompt .*prompt\\_03b\\_iam\\_green.* \| \[docs\]\(https:\/\/[^)]+\/docs\/rules\/pair\.md\) \|/
    )
    expect(text).toContain('A note\\. [run](https://github.com/o/r/runs/1)')
    expect(text).not.toMatch(/[<>]/)
    expect(text.replace(/\\[\\`]/g, '')).not.toContain('`')
  })

  it('escapes text from the repository by construction: no HTML, no code span, no cell break', () => {
    const name = 'prompt_01_a|b`c`<img src=x onerror=alert(1)>[x](javascript:alert(1))\\|_red.md'
    const file = new VFile({path: `/ws/o/${name}`})
    finding(file, 'Unexpected `a|b` <script>alert(1)</script> &amp; \\`x\\` **bold**\nline', {
      line: 2,
      rule: 'r',
      fatal: false
    })
    const text = buildSummary({
      results: [file],
      workspace: '/ws',
      annotations: toAnnotations([file], '/ws'),
      suites: [],
      model: new SuiteModel({}),
      scope: 'every suite <b>',
      failOn: 'error',
      failed: false,
      notes: [{text: 'x', link: {label: 'bad', url: 'javascript:alert(1)'}}]
    })
    expect(text).not.toMatch(/[<>]/)
    expect(text).not.toContain('](javascript')
    // Every pipe and backtick in user text is escaped, so each row has exactly its 5 cell borders.
    for (const row of text.split('\n').filter((line) => line.startsWith('| 2:'))) {
      expect(row.replace(/\\[\\|`]/g, '').match(/\|/g)).toHaveLength(5)
      expect(row.replace(/\\[\\|`]/g, '')).not.toContain('`')
    }
    expect(text).toContain('⚠️ 0 errors, **1 warning** in 1 of 1 file')
    expect(md('a\\b')).toBe('a\\\\b')
    expect(md('line\r\nnext')).toBe('line\\\\r\\\\nnext')
  })

  it('stays under the limit, head included, caps rows per file and says what it left out', () => {
    const results = []
    for (let index = 0; index < 400; index++) {
      const file = new VFile({path: `/ws/o/prompt_${index}_x_red.md`})
      for (let line = 1; line <= 60; line++)
        finding(file, 'x'.repeat(100), {line, rule: 'r', fatal: true})
      results.push(file)
    }
    const limit = 100_000
    const text = buildSummary({
      results,
      workspace: '/ws',
      annotations: toAnnotations(results, '/ws'),
      suites: [],
      model: new SuiteModel({}),
      scope: 'every suite ' + 'y'.repeat(5000),
      failOn: 'error',
      failed: true,
      notes: Array.from({length: 10}, () => ({text: 'n'.repeat(3000)})),
      map: 'flowchart LR\n' + '  n1["x"]:::red\n'.repeat(20_000),
      limit
    })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit)
    expect(text).toContain(
      '| | | 10 more findings in this file: see the log and the SARIF file | |'
    )
    expect(text).toMatch(
      /Cut to stay under GitHub's 1 MiB job summary limit: \d+ more findings in \d+ files are in the log and the SARIF file\./
    )
  })

  it('reports a clean run', () => {
    const file = new VFile({path: '/ws/o/prompt_01_a_red.md'})
    const text = buildSummary({
      results: [file],
      workspace: '/ws',
      annotations: [],
      suites: [],
      model: new SuiteModel({}),
      scope: 'every suite (push)',
      failOn: 'error',
      failed: false,
      notes: []
    })
    expect(text).toContain('✅ No findings in 1 file.')
  })
})

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
