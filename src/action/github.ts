/**
 * The GitHub REST client the Action uses: octokit from @actions/github with a
 * timeout on every request and a few bounded retries where retrying makes sense
 * (5xx, network failures, timeouts, secondary rate limits), and one-line
 * descriptions of API failures.
 */
import {getOctokit} from '@actions/github'
import {describeApiError, retryDelay, type Failure, type RetrySettings} from './api-errors.js'

export {describeApiError, retryDelay, type RetrySettings} from './api-errors.js'

export type Client = ReturnType<typeof getOctokit>

export interface ClientOptions extends RetrySettings {
  token: string
  /** API root, e.g. `GITHUB_API_URL`; default `https://api.github.com`. */
  baseUrl?: string | undefined
  /** Each request (each attempt) is abandoned after this long. */
  timeoutMs: number
  /** Told about each retry, with the reason. */
  onRetry?: (text: string) => void
}

export function createClient(options: ClientOptions): Client {
  const baseUrl = (options.baseUrl || 'https://api.github.com').replace(/\/+$/, '')
  const client = getOctokit(options.token, {baseUrl})
  client.hook.wrap('request', async (request, endpoint) => {
    for (let attempt = 0; ; attempt++) {
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), options.timeoutMs)
      try {
        // The hooks below this one were bound to this same options object, so the
        // signal is set on it rather than on a copy.
        endpoint.request = {...endpoint.request, signal: controller.signal}
        return await request(endpoint)
      } catch (error) {
        const failure = (
          typeof error === 'object' && error !== null ? error : new Error(String(error))
        ) as Failure
        failure.baseUrl = baseUrl
        failure.retries = attempt
        if (controller.signal.aborted) failure.timeoutMs = options.timeoutMs
        const delay = retryDelay(failure, attempt, options)
        if (delay === undefined) throw failure
        options.onRetry?.(`${describeApiError(failure)}; retrying in ${delay} ms`)
        await new Promise((resolve) => setTimeout(resolve, delay))
      } finally {
        clearTimeout(timer)
      }
    }
  })
  return client
}
