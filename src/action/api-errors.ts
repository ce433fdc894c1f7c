/**
 * API failures in one line, without a stack trace: the status and GitHub's
 * message, or why no answer came; how many retries were made; when an exhausted
 * rate limit resets. Text from the API is neutralised (controls escaped).
 */
import {escapeControls} from '../io/escape.js'

/** What a failed request carries besides octokit's `status`, `message` and `response`. */
export interface Failure {
  status?: number
  message?: string
  response?: {headers?: Record<string, string | number | undefined>}
  /** Retries made before giving up (set by the client). */
  retries?: number
  /** The API's base URL (set by the client). */
  baseUrl?: string
}

/** One line about an API failure: status and GitHub's message, or why there was no answer. */
export function describeApiError(error: unknown): string {
  const failure = (error ?? {}) as Failure
  const retried = failure.retries
    ? ` (after ${failure.retries} ${failure.retries === 1 ? 'retry' : 'retries'})`
    : ''
  const raw = typeof failure.message === 'string' ? failure.message : String(error)
  const message = escapeControls(
    (raw.split(' - https://')[0]?.split('\n')[0]?.trim() ?? '').slice(0, 300)
  )
  if (typeof failure.status !== 'number' && failure.baseUrl === undefined) return message
  if (typeof failure.status !== 'number' || failure.status === 0 || !failure.response) {
    return `no answer from ${failure.baseUrl ?? 'the GitHub API'}: ${message || 'unknown failure'}${retried}`
  }
  const headers = failure.response.headers ?? {}
  let reset = ''
  if (
    String(headers['x-ratelimit-remaining']) === '0' &&
    headers['x-ratelimit-reset'] !== undefined
  ) {
    const at = new Date(Number(headers['x-ratelimit-reset']) * 1000)
    if (!Number.isNaN(at.getTime()))
      reset = ` (the limit resets at ${at.toISOString().slice(11, 16)} UTC)`
  }
  return `${failure.status} ${message}${reset}${retried}`
}
