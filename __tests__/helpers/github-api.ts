/**
 * A stand-in for the parts of the GitHub REST API the Action uses, on 127.0.0.1:
 *
 * - `GET /repos/{owner}/{repo}/pulls/{number}/files?per_page=&page=`: the files of
 *   a pull request, paginated with `Link` headers as GitHub does (at most 100 a
 *   page, at most 3000 files in all).
 * - `POST /repos/{owner}/{repo}/check-runs` and
 *   `PATCH /repos/{owner}/{repo}/check-runs/{id}`: check runs, refusing more than 50
 *   annotations a request (422) as GitHub does.
 * - `GET /repos/{owner}/{repo}/pulls/{number}/comments` and
 *   `POST /repos/{owner}/{repo}/pulls/{number}/reviews`: review comments, the
 *   review's comments added to them; a comment on a line its file's patch does not
 *   show is refused (422) as GitHub does.
 *
 * Every request is recorded. A route can be told to answer with a fault (401, 403,
 * 404, 422, 5xx, a secondary or primary rate limit) for its first `times`
 * requests, to hang, or to misbehave mid-answer: a body cut by a connection reset,
 * a body that stalls, one that never ends, one larger than any client should
 * read. `pages` replaces the files listing's pages (any JSON, any `Link` header).
 * The server is bounded: it answers 503 after `maxRequests` requests, stops an
 * endless body after 64 MiB, and closes itself after `timeoutMs` even when a
 * test forgets to.
 */
import http from 'node:http'
import type {AddressInfo} from 'node:net'

export interface PullFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  previous_filename?: string
  /** The unified diff of the file (its hunks decide where a review comment may go). */
  patch?: string
}

/** A review comment on a pull request. */
export interface PullComment {
  id?: number
  path: string
  line: number
  start_line?: number | null
  side?: string
  body: string
  user?: {login: string}
}

/** A review the Action posted. */
export interface PostedReview {
  pull: number
  body: Record<string, unknown>
}

export type Route = 'files' | 'create-check' | 'update-check' | 'list-comments' | 'create-review'

export type Answer =
  | 401
  | 403
  | 404
  | 422
  | 500
  | 502
  | 503
  | 'secondary-rate-limit'
  | 'rate-limit'
  | 'hang'
  /** Headers and half the body, then the connection is reset. */
  | 'cut-body'
  /** Headers and half the body, then nothing (until the stand-in closes). */
  | 'stall-body'
  /** A JSON-looking body that never ends (cut off at 64 MiB). */
  | 'endless-body'
  /** A complete body of 11 MiB. */
  | 'oversize-body'

/** A replacement page of the files listing: any JSON, any `Link` header. */
export interface Page {
  data: unknown
  link?: string
  /** Default 200. */
  status?: number
  headers?: Record<string, string>
}

export interface Fault {
  route: Route
  answer: Answer
  /** How many requests to this route get the fault (default: all). */
  times?: number
}

export interface RecordedRequest {
  method: string
  /** Path without the query. */
  path: string
  query: Record<string, string>
  headers: http.IncomingHttpHeaders
  route: Route | undefined
  /** Parsed JSON body, if any. */
  body: unknown
  /** Status answered (`undefined` while hanging). */
  status: number | undefined
}

export interface CheckRun {
  id: number
  owner: string
  repo: string
  /** The body of the POST, then each PATCH, in order. */
  bodies: Record<string, unknown>[]
}

export interface StandInOptions {
  /** Files per pull request number. */
  pulls?: Record<number, PullFile[]>
  /** Review comments already on each pull request (by number). */
  comments?: Record<number, PullComment[]>
  faults?: Fault[]
  /**
   * Pages of the files listing instead of `pulls` (page number from 1, and the
   * listing's own URL without a query); `undefined` for the usual page.
   */
  pages?: (page: number, listing: string) => Page | undefined
  /** Requests answered before the stand-in refuses every further one (default 300). */
  maxRequests?: number
  /** The stand-in closes itself after this long (default 60 s). */
  timeoutMs?: number
}

export interface StandIn {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string
  requests: RecordedRequest[]
  checkRuns: CheckRun[]
  /** Reviews posted, in order. */
  reviews: PostedReview[]
  /** Review comments by pull request number: the given ones, then those of the reviews posted. */
  comments: Record<number, PullComment[]>
  close(): Promise<void>
}

const docs = 'https://docs.github.com/rest'

/** Start the stand-in; call `close()` after the test (it also stops itself). */
export async function startGitHubApi(options: StandInOptions = {}): Promise<StandIn> {
  const maxRequests = options.maxRequests ?? 300
  const faults = (options.faults ?? []).map((fault) => ({...fault, left: fault.times ?? Infinity}))
  const requests: RecordedRequest[] = []
  const checkRuns: CheckRun[] = []
  const reviews: PostedReview[] = []
  const comments: Record<number, PullComment[]> = structuredClone(options.comments ?? {})
  let closed = false

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        body = text
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        route: undefined,
        body,
        status: undefined
      }
      requests.push(recorded)
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        recorded.status = status
        res.writeHead(status, {'content-type': 'application/json; charset=utf-8', ...headers})
        res.end(JSON.stringify(data))
      }
      if (requests.length > maxRequests) {
        send(503, {message: 'stand-in request cap reached'})
        return
      }
      handle(recorded, url, send, res)
    })
  })

  function handle(
    recorded: RecordedRequest,
    url: URL,
    send: (status: number, data: unknown, headers?: Record<string, string>) => void,
    res: http.ServerResponse
  ) {
    const files = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname)
    const create = /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/.exec(url.pathname)
    const update = /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/.exec(url.pathname)
    const listed = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/comments$/.exec(url.pathname)
    const review = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/.exec(url.pathname)
    const route: Route | undefined =
      files && recorded.method === 'GET'
        ? 'files'
        : create && recorded.method === 'POST'
          ? 'create-check'
          : update && recorded.method === 'PATCH'
            ? 'update-check'
            : listed && recorded.method === 'GET'
              ? 'list-comments'
              : review && recorded.method === 'POST'
                ? 'create-review'
                : undefined
    recorded.route = route
    if (!route) {
      send(404, {message: 'Not Found', documentation_url: docs})
      return
    }
    if (!/^(token|bearer) \S+$/i.test(recorded.headers.authorization ?? '')) {
      send(401, {message: 'Requires authentication', documentation_url: docs})
      return
    }
    const fault = faults.find((candidate) => candidate.route === route && candidate.left > 0)
    if (fault) {
      fault.left--
      if (fault.answer === 'hang') return
      if (misbehave(fault.answer, recorded, res)) return
      answerFault(fault.answer as Parameters<typeof answerFault>[0], send)
      return
    }
    if (listed) {
      const all = comments[Number(listed[3])] ?? []
      const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30), 1), 100)
      const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1)
      send(200, all.slice((page - 1) * perPage, page * perPage))
      return
    }
    if (review) {
      const number = Number(review[3])
      const body = (recorded.body ?? {}) as {comments?: PullComment[]; commit_id?: unknown}
      const shown = new Map(
        (options.pulls?.[number] ?? []).map((file) => [file.filename, hunks(file.patch)])
      )
      for (const comment of body.comments ?? []) {
        const lines = shown.get(comment.path) ?? []
        const first = comment.start_line ?? comment.line
        if (!lines.some(([start, end]) => first >= start && comment.line <= end)) {
          send(422, {
            message: 'Unprocessable Entity',
            errors: ['Line could not be resolved'],
            documentation_url: docs
          })
          return
        }
      }
      reviews.push({pull: number, body: recorded.body as Record<string, unknown>})
      const list = (comments[number] ??= [])
      for (const comment of body.comments ?? []) {
        list.push({
          id: 5000 + list.length,
          path: comment.path,
          line: comment.line,
          start_line: comment.start_line ?? null,
          side: comment.side ?? 'RIGHT',
          body: comment.body,
          user: {login: 'github-actions[bot]'}
        })
      }
      send(200, {
        id: 900 + reviews.length,
        state: 'COMMENTED',
        html_url: `https://github.com/octo/prompts/pull/${number}#pullrequestreview-${900 + reviews.length}`
      })
      return
    }
    if (files && options.pages) {
      const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1)
      const replaced = options.pages(page, `http://127.0.0.1:${port()}${url.pathname}`)
      if (replaced) {
        send(replaced.status ?? 200, replaced.data, {
          ...(replaced.link ? {link: replaced.link} : {}),
          ...replaced.headers
        })
        return
      }
    }
    if (files) {
      const [, , , number] = files
      const all = (options.pulls?.[Number(number)] ?? []).slice(0, 3000)
      const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30), 1), 100)
      const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1)
      const last = Math.max(Math.ceil(all.length / perPage), 1)
      const items = all.slice((page - 1) * perPage, page * perPage).map((file, index) => ({
        sha: (page * 1000 + index).toString(16).padStart(40, '0'),
        additions: 1,
        deletions: file.status === 'removed' ? 1 : 0,
        changes: 1,
        ...file
      }))
      const base = `http://127.0.0.1:${port()}${url.pathname}?per_page=${perPage}&page=`
      const links: string[] = []
      if (page < last)
        links.push(`<${base}${page + 1}>; rel="next"`, `<${base}${last}>; rel="last"`)
      if (page > 1) links.push(`<${base}1>; rel="first"`, `<${base}${page - 1}>; rel="prev"`)
      send(200, items, links.length > 0 ? {link: links.join(', ')} : {})
      return
    }
    const body = (recorded.body ?? {}) as Record<string, unknown>
    const output = body.output as {annotations?: unknown[]} | undefined
    if ((output?.annotations?.length ?? 0) > 50) {
      send(422, {message: 'Only 50 annotations are allowed per request', documentation_url: docs})
      return
    }
    if (create) {
      if (typeof body.head_sha !== 'string' || typeof body.name !== 'string') {
        send(422, {message: 'Invalid request: name and head_sha are required'})
        return
      }
      const run: CheckRun = {
        id: 1000 + checkRuns.length,
        owner: create[1] ?? '',
        repo: create[2] ?? '',
        bodies: [body]
      }
      checkRuns.push(run)
      send(201, checkRunJson(run))
      return
    }
    const run = checkRuns.find((candidate) => candidate.id === Number(update?.[3]))
    if (!run) {
      send(404, {message: 'Not Found', documentation_url: docs})
      return
    }
    run.bodies.push(body)
    send(200, checkRunJson(run))
  }

  /** The faults that misbehave mid-answer; `false` for the others. */
  function misbehave(answer: Answer, recorded: RecordedRequest, res: http.ServerResponse): boolean {
    const half = Buffer.from(JSON.stringify([{filename: 'a/prompt_01_x_red.md', status: 'added'}]))
    if (answer === 'cut-body' || answer === 'stall-body') {
      recorded.status = 200
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(half.length * 2)
      })
      res.write(half.subarray(0, half.length / 2))
      if (answer === 'cut-body') setTimeout(() => res.socket?.resetAndDestroy(), 20)
      return true
    }
    if (answer === 'endless-body') {
      recorded.status = 200
      res.writeHead(200, {'content-type': 'application/json; charset=utf-8'})
      res.write('[')
      const item = Buffer.from(
        `${JSON.stringify({filename: 'x.md', status: 'added'})},`.repeat(1000)
      )
      let written = 0
      const pump = () => {
        while (!res.destroyed && written < 64 * 1024 * 1024) {
          written += item.length
          if (!res.write(item)) {
            res.once('drain', pump)
            return
          }
        }
        if (!res.destroyed) res.end(']')
      }
      pump()
      return true
    }
    if (answer === 'oversize-body') {
      recorded.status = 200
      const items = Array.from({length: 100}, (_, index) => ({
        filename: `big/file_${index}.md`,
        status: 'modified',
        patch: 'x'.repeat(115 * 1024)
      }))
      res.writeHead(200, {'content-type': 'application/json; charset=utf-8'})
      res.end(JSON.stringify(items))
      return true
    }
    return false
  }

  function answerFault(
    answer: 401 | 403 | 404 | 422 | 500 | 502 | 503 | 'secondary-rate-limit' | 'rate-limit',
    send: (status: number, data: unknown, headers?: Record<string, string>) => void
  ) {
    if (answer === 'secondary-rate-limit') {
      send(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: docs
        },
        {'retry-after': '1'}
      )
    } else if (answer === 'rate-limit') {
      send(
        403,
        {message: 'API rate limit exceeded for installation.', documentation_url: docs},
        {
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600)
        }
      )
    } else {
      const messages: Record<number, string> = {
        401: 'Bad credentials',
        403: 'Resource not accessible by integration',
        404: 'Not Found',
        422: 'Validation Failed',
        500: 'Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable'
      }
      send(answer, {message: messages[answer], documentation_url: docs})
    }
  }

  function checkRunJson(run: CheckRun) {
    const merged = Object.assign({}, ...run.bodies) as Record<string, unknown>
    return {
      id: run.id,
      head_sha: run.bodies[0]?.head_sha,
      name: run.bodies[0]?.name,
      status: merged.status ?? 'queued',
      conclusion: merged.conclusion ?? null,
      html_url: `https://github.com/${run.owner}/${run.repo}/runs/${run.id}`
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = () => (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port()}`

  const close = async () => {
    if (closed) return
    closed = true
    clearTimeout(timer)
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  const timer = setTimeout(() => void close(), options.timeoutMs ?? 60_000)
  timer.unref()

  return {url, requests, checkRuns, reviews, comments, close}
}

/** The new-side line ranges of a patch's hunks. */
function hunks(patch: string | undefined): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (const match of (patch ?? '').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1])
    found.push([start, start + Number(match[2] ?? 1) - 1])
  }
  return found
}

/** A base URL where nothing listens: a port opened, then closed again. */
export async function unreachableUrl(): Promise<string> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
