/**
 * API failures: when to retry (5xx, network failures, timeouts, secondary rate
 * limits; never 401, 404, 422 or an exhausted rate limit) and how to say what went
 * wrong in one line, without a stack trace.
 */

export interface RetrySettings {
  /** Retries after the first attempt. */
  retries: number
  /** Base backoff: the first retry waits this long, each next one twice as long. `0` retries at once. */
  retryDelayMs: number
}

/** The longest the Action waits before one retry. */
export const maxRetryDelayMs = 60_000

/** What a failed request carries besides octokit's `status`, `message` and `response`. */
export interface Failure {
  status?: number
  message?: string
  response?: {headers?: Record<string, string | number | undefined>}
  /** Set when the attempt was abandoned after `timeoutMs`. */
  timeoutMs?: number
  /** Retries made before giving up. */
  retries?: number
  baseUrl?: string
}

/** How long to wait before retrying a failed request, or `undefined` not to retry. */
export function retryDelay(
  error: unknown,
  attempt: number,
  settings: RetrySettings
): number | undefined {
  if (attempt >= settings.retries) return undefined
  const failure = error as Failure
  const status = failure.status ?? 0
  const headers = failure.response?.headers ?? {}
  const backoff = settings.retryDelayMs * 2 ** attempt
  const bounded = (ms: number) => (settings.retryDelayMs === 0 ? 0 : Math.min(ms, maxRetryDelayMs))
  if (status >= 500 || status === 0) return bounded(backoff)
  if (status !== 403 && status !== 429) return undefined
  if (String(headers['x-ratelimit-remaining']) === '0') return undefined
  const retryAfter = Number(headers['retry-after'])
  const secondary = /secondary rate limit/i.test(failure.message ?? '')
  if (!secondary && status === 403 && !Number.isFinite(retryAfter)) return undefined
  return bounded(Number.isFinite(retryAfter) ? Math.max(retryAfter * 1000, backoff) : backoff)
}

/** One line about an API failure: status and GitHub's message, or why there was no answer. */
export function describeApiError(error: unknown): string {
  const failure = (error ?? {}) as Failure
  const retried = failure.retries
    ? ` (after ${failure.retries} ${failure.retries === 1 ? 'retry' : 'retries'})`
    : ''
  if (failure.timeoutMs !== undefined) {
    return `the GitHub API at ${failure.baseUrl ?? 'its address'} timed out after ${failure.timeoutMs} ms${retried}`
  }
  const message =
    (failure.message ?? String(error)).split(' - https://')[0]?.split('\n')[0]?.trim() ?? ''
  if (typeof failure.status !== 'number' && failure.baseUrl === undefined) return message
  if (
    typeof failure.status !== 'number' ||
    failure.status === 0 ||
    (failure.status === 500 && !failure.response)
  ) {
    return `cannot reach ${failure.baseUrl ?? 'the GitHub API'}: ${message || 'no answer'}${retried}`
  }
  const headers = failure.response?.headers ?? {}
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
