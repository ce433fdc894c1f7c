/**
 * Suggested changes, through the bundled Action against the API stand-in: a pull
 * request whose diff holds a wrong title number and a wrong phase label gets one
 * review with both fixes as `suggestion` blocks (the exact corrected lines); a
 * second run with those comments on the pull request posts nothing new; a 403 on
 * the review falls back to the annotations with one notice and succeeds; text
 * from the repository stays inert in the comments.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {
  annotationsOf,
  cleanUp,
  expectDefinedOutcome,
  headSha,
  messagesOf,
  pullRequestEvent,
  requireBundle,
  root,
  runAction,
  standIn,
  temp
} from '../helpers/action.js'
import type {PullComment, PullFile} from '../helpers/github-api.js'

beforeAll(requireBundle)
afterEach(cleanUp)

const green04 = 'orchestration/prompt_04b_iam_orchestrator_green.md'
const green05 = 'orchestration/prompt_05b_director_client_green.md'
const title04 = '# **Prompt 04: Implementation for IAMOrchestrator**'
/** Text a comment must keep inert: a mention, a closing HTML tag, a closing fence. */
const hostile = ' @octocat </details> ```'

/** examples/ with the two planted slips; the pull request's files, each patch showing its changed line. */
function workspace(): {ws: string; files: PullFile[]} {
  const ws = temp('tpl-review-')
  fs.cpSync(path.join(root, 'examples'), ws, {recursive: true})
  fs.mkdirSync(path.join(ws, '.git'))
  const plant = (file: string, from: string, to: string): PullFile => {
    const full = path.join(ws, file)
    const text = fs.readFileSync(full, 'utf8')
    expect(text).toContain(from)
    fs.writeFileSync(full, text.replace(from, to))
    const line = text.slice(0, text.indexOf(from)).split('\n').length
    return {
      filename: file,
      status: 'modified',
      patch: `@@ -${line},1 +${line},1 @@\n-${from}\n+${to}`
    }
  }
  const files = [
    plant(green04, title04, title04.replace('Prompt 04', 'Prompt 05') + hostile),
    plant(green05, '**TDD Phase:** Green', '**TDD Phase:** Red')
  ]
  return {ws, files}
}

const event = pullRequestEvent(7, 2)
const reviewsOf = (body: Record<string, unknown>) =>
  (body.comments ?? []) as Array<{path: string; line: number; start_line?: number; body: string}>
/** The lines a comment's suggestion block proposes, and its fence. */
function suggestionOf(body: string): {fence: string; lines: string} | undefined {
  const match = /^(`{3,})suggestion\n([\s\S]*?)\n\1$/m.exec(body)
  return match ? {fence: match[1]!, lines: match[2]!} : undefined
}

describe('suggested changes on a pull request', () => {
  it('posts one review with both fixes, then nothing new on a second run', async () => {
    const {ws, files} = workspace()
    const someone: PullComment = {
      id: 1,
      path: green05,
      line: 5,
      body: 'Why Red here?',
      user: {login: 'reviewer'}
    }
    const api = await standIn({pulls: {7: files}, comments: {7: [someone]}})
    const first = await runAction({workspace: ws, eventName: 'pull_request', event, api: api.url})
    expectDefinedOutcome(first)
    expect(api.reviews).toHaveLength(1)
    const review = api.reviews[0]!.body
    expect(review).toMatchObject({commit_id: headSha, event: 'COMMENT'})
    const comments = reviewsOf(review)
    expect(comments.map((each) => [each.path, each.line, each.start_line])).toEqual([
      [green04, 1, undefined],
      [green05, 5, undefined]
    ])
    expect(suggestionOf(comments[0]!.body)).toEqual({fence: '````', lines: title04 + hostile})
    expect(suggestionOf(comments[1]!.body)).toEqual({fence: '```', lines: '**TDD Phase:** Green'})
    // Outside the block, the finding's words are escaped: no mention, no HTML, no code span.
    for (const comment of comments) {
      const outside = comment.body.replace(/^(`{3,})suggestion\n[\s\S]*?\n\1$/m, '')
      expect(outside).not.toMatch(/(^|[^\\])@\w/)
      expect(outside).not.toMatch(/[<>]/)
      expect(outside.replace(/\\`/g, '')).not.toContain('`')
    }
    expect(first.summary).toMatch(/2 suggested changes posted in one review/)

    const second = await runAction({workspace: ws, eventName: 'pull_request', event, api: api.url})
    expectDefinedOutcome(second)
    expect(api.reviews).toHaveLength(1)
    expect(second.summary).toMatch(/2 suggestions already on the pull request/)
    // It never edits nor deletes a comment: only reads them and creates the one review.
    expect(
      api.requests.filter(
        (sent) => !['GET', 'POST'].includes(sent.method) || /comments\/\d/.test(sent.path)
      )
    ).toEqual([])
    expect(api.comments[7]?.[0]).toEqual(someone)
  })

  it('falls back to the annotations with one notice when the review is refused (403), and succeeds', async () => {
    const {ws, files} = workspace()
    const api = await standIn({pulls: {7: files}, faults: [{route: 'create-review', answer: 403}]})
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event,
      api: api.url,
      inputs: {'fail-on': 'never'}
    })
    expectDefinedOutcome(run)
    expect(run.code).toBe(0)
    const notices = messagesOf(run, 'notice').filter((each) =>
      each.message.startsWith('Cannot post suggested changes')
    )
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toMatch(/403 .*read-only token/)
    expect(messagesOf(run, 'warning')).toEqual([])
    const annotated = [...annotationsOf(run, 'error'), ...annotationsOf(run, 'warning')]
    expect(annotated.map((each) => each.properties.title)).toEqual(
      expect.arrayContaining(['title', 'phase'])
    )
  })

  it('posts nothing with suggestions: false', async () => {
    const {ws, files} = workspace()
    const api = await standIn({pulls: {7: files}})
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event,
      api: api.url,
      inputs: {suggestions: 'false'}
    })
    expectDefinedOutcome(run)
    expect(api.requests.map((sent) => sent.route)).toEqual(['files'])
  })
})
