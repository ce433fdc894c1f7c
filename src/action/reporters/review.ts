/**
 * The review reporter (input `suggestions`, on a pull request): the mechanical
 * fixes `--fix` would make (title numbers, phase labels, evident links) whose
 * lines lie in the pull request's diff, posted as suggested changes in one
 * review (the Reviews API), at most `maxSuggestions` a run; a suggestion already
 * on the pull request for the same lines and text is not posted again. It only
 * creates a review: it never edits or deletes a comment.
 *
 * A token that may not write pull requests (a fork's read-only token, a 403 or
 * 404) falls back to the annotations with one notice; any other failure is a
 * warning. Never a failure of the step. What was not posted, and the renames a
 * suggestion cannot express, go to the summary.
 */
import {describeApiError} from '../api-errors.js'
import type {DiffLines} from '../changed-files.js'
import type {EventContext} from '../event.js'
import type {Client} from '../github.js'
import type {Output} from '../output.js'
import type {Note} from '../summary.js'
import {
  alreadyPosted,
  commentOf,
  inDiff,
  type PostedComment,
  type Suggestion
} from '../suggestions.js'
import {plural} from '../../reporters/common.js'

/** Suggestions posted in one run at most. */
export const maxSuggestions = 20
/** Pages of existing review comments read at most (100 a page). */
const maxCommentPages = 10

export interface ReviewReport {
  suggestions: Suggestion[]
  diff: Map<string, DiffLines>
  pullNumber: number
  context: EventContext
  client: () => Promise<Client>
}

/** Post the review; the notes for the summary. */
export async function reportSuggestions(report: ReviewReport, out: Output): Promise<Note[]> {
  const {context} = report
  if (report.suggestions.length === 0) return []
  const inside = report.suggestions.filter((each) => inDiff(each, report.diff))
  const outside = report.suggestions.length - inside.length
  const notes: Note[] = []
  const outsideNote = () => {
    if (outside > 0) {
      notes.push({
        text: `${fixes(outside)} outside the pull request's diff: run tdd-prompt-lint --fix to make them.`
      })
    }
  }
  if (inside.length === 0 || !context.owner || !context.repo || !context.headSha) {
    outsideNote()
    return notes
  }
  const repo = {owner: context.owner, repo: context.repo, pull_number: report.pullNumber}
  try {
    const client = await report.client()
    const posted = await listComments(client, repo)
    const fresh = inside.map(commentOf).filter((comment) => !alreadyPosted(comment, posted))
    const sent = fresh.slice(0, maxSuggestions)
    const already = inside.length - fresh.length
    if (sent.length > 0) {
      const review = await client.request(
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        {
          ...repo,
          commit_id: context.headSha,
          event: 'COMMENT',
          body: `tdd-prompt-lint suggests ${fixes(sent.length)} that its --fix would make; each can be committed from here.`,
          comments: sent
        }
      )
      const url = (review.data as {html_url?: unknown}).html_url
      notes.push({
        text: `${plural(sent.length, 'suggested change')} posted in one review.`,
        link: typeof url === 'string' ? {label: 'review', url} : undefined
      })
      out.log(`Posted a review with ${plural(sent.length, 'suggestion')}.`)
    }
    if (already > 0)
      notes.push({text: `${plural(already, 'suggestion')} already on the pull request.`})
    if (fresh.length > sent.length) {
      notes.push({
        text: `${plural(fresh.length - sent.length, 'more suggestion')} not posted (at most ${maxSuggestions} a run): run tdd-prompt-lint --fix to make them.`
      })
    }
  } catch (error) {
    const status = (error as {status?: unknown}).status
    const message = describeApiError(error)
    // A 403 for a rate limit is no permission problem.
    const denied = (status === 403 && !/rate limit/i.test(message)) || status === 404
    if (denied) {
      const line = `Cannot post suggested changes: ${message}. The token cannot write pull requests (a pull request from a fork gets a read-only token, or pull-requests: write is missing); the findings are annotated instead.`
      out.notice(line)
      notes.push({text: line})
    } else {
      const line = `Cannot post suggested changes: ${message}; the findings are annotated instead.`
      out.warning(line)
      notes.push({text: line})
    }
  }
  outsideNote()
  return notes
}

async function listComments(
  client: Client,
  repo: {owner: string; repo: string; pull_number: number}
): Promise<PostedComment[]> {
  const comments: PostedComment[] = []
  for (let page = 1; page <= maxCommentPages; page++) {
    const response = await client.request(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
      {
        ...repo,
        per_page: 100,
        page
      }
    )
    const data: unknown = response.data
    if (!Array.isArray(data)) break
    for (const item of data as Array<Record<string, unknown>>) {
      if (typeof item?.path !== 'string' || typeof item.body !== 'string') continue
      comments.push({
        path: item.path,
        line: typeof item.line === 'number' ? item.line : null,
        start_line: typeof item.start_line === 'number' ? item.start_line : null,
        body: item.body
      })
    }
    if (data.length < 100) break
  }
  return comments
}

function fixes(n: number): string {
  return `${n} ${n === 1 ? 'fix' : 'fixes'}`
}
