/**
 * Which suites a run lints: on a pull request, the suites its changed files
 * touch; otherwise, or when the changes cannot be listed or their listing cannot
 * be believed (a cut, endless, oversize or malformed answer), every suite, with
 * the reason and how loudly to say it. A failure never means "nothing changed".
 */
import {describeApiError} from './api-errors.js'
import {fileCap, type DiffLines, type Listing} from './changed-files.js'
import type {EventContext} from './event.js'

export type Scope =
  | {
      kind: 'changed'
      pullNumber: number
      paths: string[]
      /** Path → the lines of it the pull request's diff shows. */
      diff: Map<string, DiffLines>
    }
  | {
      kind: 'all'
      /** Why every suite is linted, one sentence without a final period. */
      why: string
      /** How to announce it: not at all (the normal case), a notice, or a warning. */
      level: 'notice' | 'warning' | undefined
    }

export async function chooseScope(
  context: EventContext,
  api: {token: string; list: () => Promise<Listing>}
): Promise<Scope> {
  if (!context.isPullRequestEvent) {
    return {
      kind: 'all',
      why: `every suite is linted on a ${context.eventName || 'unknown'} event`,
      level: undefined
    }
  }
  const fallback = (why: string, level: 'notice' | 'warning'): Scope => ({
    kind: 'all',
    why: `${why}, so every suite is linted`,
    level
  })
  if (!context.pull) return fallback('The event payload names no pull request', 'warning')
  if (!api.token) {
    return fallback("No github-token was given to list the pull request's files", 'warning')
  }
  if (context.pull.changedFiles !== undefined && context.pull.changedFiles > fileCap) {
    return fallback(
      `The pull request changes ${context.pull.changedFiles} files, more than the ${fileCap} the API lists`,
      'notice'
    )
  }
  let listing: Listing
  try {
    listing = await api.list()
  } catch (error) {
    return fallback(`Cannot list the pull request's files: ${describeApiError(error)}`, 'warning')
  }
  if (!listing.complete) {
    return fallback(
      `The pull request changes ${fileCap} files or more, the most the API lists`,
      'notice'
    )
  }
  return {
    kind: 'changed',
    pullNumber: context.pull.number,
    paths: listing.paths,
    diff: listing.diff ?? new Map()
  }
}
