/**
 * Items 2 and 3b: the changed-files listing through @octokit/plugin-retry and
 * plugin-throttling, failing closed. A listing that cannot be believed — cut,
 * malformed, looping, leaving the API's origin — is retried where that makes
 * sense, then every suite is linted with a warning: never "nothing to lint".
 * Against the bundled dist/index.js and the API stand-in on 127.0.0.1.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {
  cleanUp,
  expectDefinedOutcome,
  loggedFindings,
  messagesOf,
  pullRequestEvent,
  requireBundle,
  runAction,
  standIn,
  temp,
  token,
  writeSuite
} from '../helpers/action.js'
import type {Fault, Page, StandIn} from '../helpers/github-api.js'

beforeAll(requireBundle)
afterEach(cleanUp)

const touched = 'orchestration/prompt_01_alpha_red.md'
const untouchedRed = 'testdata/testdata_prompt_01_beta_red.md'

/** orchestration/ (clean pair) and testdata/ (a red without its green): only a full lint finds it. */
function workspace(): string {
  const ws = temp('tpl-ws-')
  writeSuite(path.join(ws, 'orchestration'), {pkg: 'orchestration', pairs: ['alpha']})
  writeSuite(path.join(ws, 'testdata'), {pkg: 'testdata', prefix: 'testdata', lonelyReds: ['beta']})
  return ws
}

async function pullRequest(api: StandIn) {
  const ws = workspace()
  return runAction({
    workspace: ws,
    eventName: 'pull_request',
    event: pullRequestEvent(7),
    api: api.url
  })
}

/** Every suite was linted: the finding in the untouched testdata/ is reported, and the step fails. */
function expectEverySuiteLinted(run: Awaited<ReturnType<typeof runAction>>, why: RegExp) {
  expectDefinedOutcome(run)
  expect(run.code).toBe(1)
  expect(loggedFindings(run)).toContain(`${untouchedRed} pair`)
  const warnings = messagesOf(run, 'warning').map((command) => command.message)
  expect(warnings).toContainEqual(expect.stringMatching(why))
  expect(warnings).toContainEqual(expect.stringMatching(/, so every suite is linted\.$/))
  expect(run.stdout).not.toContain('Nothing to lint')
}

describe('a listing that cannot be believed: every suite, with a warning', () => {
  const item = [{filename: touched, status: 'modified'}]
  const cases: Array<
    [
      string,
      Partial<{faults: Fault[]; pages: (page: number, listing: string) => Page | undefined}>,
      RegExp,
      number
    ]
  > = [
    [
      'items that are numbers',
      {pages: () => ({data: [1, 2, 3]})},
      /item 1 of page 1 is not a file/,
      1
    ],
    [
      'a null filename',
      {pages: () => ({data: [{filename: null, status: 'added'}]})},
      /`filename` is not a path \(null\)/,
      1
    ],
    [
      'a Link that loops to itself',
      {
        pages: (page, listing) => ({
          data: item,
          link: `<${listing}?per_page=100&page=${page}>; rel="next"`
        })
      },
      /the `Link` header names page 1 after page 1/,
      1
    ]
  ]

  it.each(cases)('%s', async (_label, options, why, requests) => {
    const api = await standIn({pulls: {7: item as never}, ...options})
    const run = await pullRequest(api)
    expectEverySuiteLinted(run, why)
    expect(api.requests).toHaveLength(requests)
  })

  it('a Link to another origin: the token never leaves the API’s origin', async () => {
    const elsewhere = await standIn({pulls: {7: []}})
    const api = await standIn({
      pages: (page) => ({
        data: [{filename: touched, status: 'modified'}],
        link: `<${elsewhere.url}/repos/octo/prompts/pulls/7/files?page=${page + 1}>; rel="next"`
      })
    })
    const run = await pullRequest(api)
    expectEverySuiteLinted(run, /names a next page on another origin/)
    expect(elsewhere.requests).toEqual([])
    expect(
      api.requests.every((request) => request.headers.authorization === `token ${token}`)
    ).toBe(true)
  })

  it('a Link past the 3,000-file cap: no page 31, every suite with a notice', async () => {
    const api = await standIn({
      pages: (page, listing) => ({
        data: Array.from({length: 100}, (_, index) => ({filename: `docs/f${page}_${index}.md`})),
        link: `<${listing}?per_page=100&page=${page + 1}>; rel="next"`
      })
    })
    const run = await pullRequest(api)
    expectDefinedOutcome(run)
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(30)
    expect(loggedFindings(run)).toContain(`${untouchedRed} pair`)
    expect(messagesOf(run, 'notice').map((command) => command.message)).toContainEqual(
      expect.stringMatching(/3000 files or more, the most the API lists, so every suite is linted/)
    )
  })

  it('a body cut by a connection reset, every time: retried with backoff, then every suite', async () => {
    const api = await standIn({faults: [{route: 'files', answer: 'cut-body'}]})
    const run = await pullRequest(api)
    expectEverySuiteLinted(run, /the answer was cut off \(.+\) \(after 3 retries\)/)
    expect(api.requests).toHaveLength(4)
    expect(run.log.filter((line) => line.startsWith('GitHub API: '))).toHaveLength(3)
  })
})

describe('retries and rate limits by the octokit plugins', () => {
  it('a cut body, a 502 and a secondary rate limit once each: retried, then only the touched suite', async () => {
    const api = await standIn({
      pulls: {7: [{filename: touched, status: 'modified'}]},
      faults: [
        {route: 'files', answer: 'cut-body', times: 1},
        {route: 'files', answer: 502, times: 1},
        {route: 'files', answer: 'secondary-rate-limit', times: 1}
      ]
    })
    const run = await pullRequest(api)
    expectDefinedOutcome(run)
    expect(api.requests.map((request) => request.status)).toEqual([200, 502, 403, 200])
    expect(run.code).toBe(0)
    expect(loggedFindings(run)).not.toContain(`${untouchedRed} pair`)
    expect(messagesOf(run, 'warning')).toEqual([])
    expect(run.log.join('\n')).toMatch(/GitHub API: secondary rate limit on GET .*retrying in 1 s/)
  })

  it('an exhausted rate limit is not waited for: every suite, saying when it resets', async () => {
    const api = await standIn({faults: [{route: 'files', answer: 'rate-limit'}]})
    const run = await pullRequest(api)
    expectEverySuiteLinted(
      run,
      /403 API rate limit exceeded for installation\. \(the limit resets at \d\d:\d\d UTC\)/
    )
    expect(api.requests).toHaveLength(1)
  })

  it('the bundle reads no test switch from the environment', () => {
    const bundle = fs.readFileSync(
      path.join(import.meta.dirname, '..', '..', 'dist', 'index.js'),
      'utf8'
    )
    expect(bundle).not.toMatch(/TDD_PROMPT_LINT_(RETRY_DELAY_MS|API_TIMEOUT_MS)/)
  })
})
