/**
 * The GitHub REST client the Action uses: @actions/github's octokit (its proxy
 * support included) with @octokit/plugin-retry (5xx and network failures,
 * backing off) and @octokit/plugin-throttling (primary and secondary rate
 * limits), over a fetch that bounds every exchange:
 *
 * - each attempt, body included, is abandoned after `timeoutMs`;
 * - a body larger than `maxBodyBytes` is refused, a cut body is a failure;
 * - no request, and no redirect, leaves the origin of the API's base URL, so the
 *   token is never sent anywhere else.
 *
 * A failure of the exchange becomes a network error to octokit (a `RequestError`
 * with status 500 and no response), which the retry plugin retries.
 */
import {GitHub, defaults, getOctokitOptions} from '@actions/github/lib/utils'
import {retry} from '@octokit/plugin-retry'
import {throttling} from '@octokit/plugin-throttling'
import type {Failure} from './api-errors.js'

export {describeApiError} from './api-errors.js'

const Octokit = GitHub.plugin(retry, throttling)

export type Client = InstanceType<typeof Octokit>

export interface ClientOptions {
  token: string
  /** API root, e.g. `GITHUB_API_URL`; default `https://api.github.com`. */
  baseUrl?: string | undefined
  /** Each attempt, body included, is abandoned after this long (default 20 s). */
  timeoutMs?: number
  /** The largest response body read (default 10 MiB). */
  maxBodyBytes?: number
  /** Retries after the first attempt, for 5xx and network failures (default 3). */
  retries?: number
  /**
   * Milliseconds a retry plugin's or rate limit's unit of delay lasts (default
   * 1000): the n-th retry of a 5xx waits n² units, a rate limit its Retry-After
   * seconds. In-process tests pass a small value.
   */
  delayUnitMs?: number
  /** The longest rate-limit wait the Action accepts, in seconds (default 60). */
  maxRateLimitWaitS?: number
  /** Told about each retry, with the reason (one line). */
  onRetry?: (text: string) => void
  /** The fetch under the bounds (default: @actions/github's, which honours proxies). */
  fetch?: typeof fetch
}

export const defaultTimeoutMs = 20_000
export const defaultMaxBodyBytes = 10 * 1024 * 1024

/** The exchange failed before a whole answer arrived; `message` is one line. */
export class ExchangeError extends Error {
  override name = 'ExchangeError'
}

export function createClient(options: ClientOptions): Client {
  const baseUrl = (options.baseUrl || 'https://api.github.com').replace(/\/+$/, '')
  const origin = new URL(baseUrl).origin
  const unit = options.delayUnitMs ?? 1000
  const maxWait = options.maxRateLimitWaitS ?? 60
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs
  const inner =
    options.fetch ?? (defaults.request?.fetch as typeof fetch | undefined) ?? globalThis.fetch
  let attempts = 0
  let lastFailure = ''

  const bounded = boundedFetch(inner, {
    origin,
    timeoutMs,
    maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
    onAttempt: (method, url) => {
      attempts++
      if (attempts > 1 && lastFailure) {
        options.onRetry?.(`${lastFailure}; retrying ${method} ${new URL(url).pathname}`)
      }
    },
    onFailure: (text) => (lastFailure = text)
  })

  const rateLimited =
    (kind: string) =>
    (
      retryAfter: number,
      request: {method: string; url: string},
      _octokit: unknown,
      count: number
    ) => {
      const wait = retryAfter <= maxWait && count < 2
      options.onRetry?.(
        `${kind} on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter} s` : 'not waiting'}`
      )
      lastFailure = ''
      return wait
    }

  const client = new Octokit(
    getOctokitOptions(options.token, {
      baseUrl,
      request: {fetch: bounded, redirect: 'manual'},
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: unit,
        // 403 and 429 are rate limits, the throttling plugin's business.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: rateLimited('rate limit exhausted'),
        onSecondaryRateLimit: rateLimited('secondary rate limit')
      }
    })
  )

  // Outermost: sees the final outcome of a request, after every retry.
  client.hook.wrap('request', async (request, endpoint) => {
    attempts = 0
    lastFailure = ''
    try {
      return await request(endpoint)
    } catch (error) {
      const failure = (
        typeof error === 'object' && error !== null ? error : new Error(String(error))
      ) as Failure
      failure.baseUrl = baseUrl
      failure.retries = Math.max(attempts - 1, 0)
      throw failure
    }
  })
  return client
}

interface Bounds {
  origin: string
  timeoutMs: number
  maxBodyBytes: number
  onAttempt: (method: string, url: string) => void
  onFailure: (text: string) => void
}

/** The most same-origin redirects followed. */
const maxRedirects = 3

/**
 * A fetch that reads the whole body itself, within the time and size bounds, and
 * never talks to another origin. Its failures are `TypeError`s whose `cause` says
 * why, which octokit turns into a retryable network error.
 */
export function boundedFetch(inner: typeof fetch, bounds: Bounds): typeof fetch {
  return async (input, init = {}) => {
    let url = String(input instanceof Request ? input.url : input)
    const method = init.method ?? 'GET'
    bounds.onAttempt(method, url)
    const timeout = AbortSignal.timeout(bounds.timeoutMs)
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    try {
      for (let hop = 0; ; hop++) {
        if (new URL(url).origin !== bounds.origin) {
          throw new ExchangeError(`refused to send the token to another origin (${originOf(url)})`)
        }
        const response = await inner(url, {...init, redirect: 'manual', signal})
        const location = response.headers.get('location')
        if (response.status >= 300 && response.status < 400 && location) {
          await response.body?.cancel().catch(() => undefined)
          if (hop >= maxRedirects) throw new ExchangeError('too many redirects')
          url = new URL(location, url).href
          continue
        }
        const body = await readBody(response, bounds.maxBodyBytes)
        if (response.status >= 500) bounds.onFailure(`${response.status} ${response.statusText}`)
        const empty = [101, 204, 205, 304].includes(response.status)
        return new Response(empty ? null : body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers
        })
      }
    } catch (error) {
      const reason =
        timeout.aborted && !init.signal?.aborted
          ? new ExchangeError(`no complete answer within ${bounds.timeoutMs} ms`)
          : error instanceof ExchangeError
            ? error
            : new ExchangeError(`the connection failed (${causeOf(error)})`, {cause: error})
      bounds.onFailure(reason.message)
      // octokit reports a network error by its `cause`'s message: the one-line reason,
      // which keeps the caught error as its own cause.
      // eslint-disable-next-line preserve-caught-error
      throw new TypeError('fetch failed', {cause: reason})
    }
  }
}

/** The body, whole, or an `ExchangeError` when it is larger than `max` or cut. */
async function readBody(response: Response, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => undefined)
    throw new ExchangeError(`the answer is larger than ${max} bytes`)
  }
  if (!response.body) return new Uint8Array()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const {done, value} = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > max) {
        await reader.cancel().catch(() => undefined)
        throw new ExchangeError(`the answer is larger than ${max} bytes`)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof ExchangeError) throw error
    throw new ExchangeError(`the answer was cut off (${causeOf(error)})`)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

function causeOf(error: unknown): string {
  let current: unknown = error
  // The innermost cause says most (`other side closed`, `ECONNRESET`).
  while (current instanceof Error && current.cause instanceof Error) current = current.cause
  const text = current instanceof Error ? current.message : String(current)
  return text.split('\n')[0]?.trim() || 'no reason given'
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return 'an invalid address'
  }
}
