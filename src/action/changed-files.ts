/**
 * The files a pull request changes, through the REST API: 100 a page, page by
 * page by number (never by following a `Link` URL), at most the 3000 files the
 * API lists. Renamed files count under both names.
 *
 * Every answer is checked before it is believed: a page that is not an array of
 * files with string names, a `Link` header whose next page is not the next page
 * of the same listing on the same origin, a path that is absolute or climbs out
 * with `..`: each is a `ListingError`, and the caller lints every suite instead
 * (failing closed, never "nothing changed").
 */
import type {Client} from './github.js'

export interface ChangedFile {
  filename: string
  status: string
  previous_filename?: string | undefined
  /** The file's unified diff (absent for a binary or very large change). */
  patch?: string | undefined
}

/** Lines of a file's new version that the diff shows (its hunks, context included), 1-based and inclusive. */
export type DiffLines = Array<[start: number, end: number]>

export interface Listing {
  /** Changed paths, relative to the repository root. */
  paths: string[]
  /** `false` when the API's cap was reached: there may be more. */
  complete: boolean
  /** Path (new name) → the lines of it the diff shows: where a review comment may go. */
  diff?: Map<string, DiffLines>
}

/** The answer of the API could not be believed; `message` is one line. */
export class ListingError extends Error {
  override name = 'ListingError'
}

/** The most files the API lists for a pull request. */
export const fileCap = 3000
export const perPage = 100
/** The pages the cap takes. */
export const maxPages = fileCap / perPage

export async function listChangedFiles(
  client: Client,
  pull: {owner: string; repo: string; pullNumber: number},
  baseUrl: string
): Promise<Listing> {
  const origin = new URL(baseUrl).origin
  const files: ChangedFile[] = []
  for (let page = 1; page <= maxPages; page++) {
    const response = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.pullNumber,
      per_page: perPage,
      page
    })
    files.push(...checkPage(response.data, page))
    const next = nextPage(response.headers.link, origin, page)
    if (next === undefined) return {paths: changedPaths(files), complete: true, diff: diffOf(files)}
  }
  // The cap: GitHub lists no more than this, so there may be more changes.
  return {paths: changedPaths(files), complete: false, diff: diffOf(files)}
}

/** Each file's diff lines, from its patch's hunk headers (`@@ -a,b +c,d @@`). */
export function diffOf(files: ChangedFile[]): Map<string, DiffLines> {
  const diff = new Map<string, DiffLines>()
  for (const file of files) {
    if (!file.patch) continue
    const lines: DiffLines = []
    for (const match of file.patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
      const start = Number(match[1])
      const count = match[2] === undefined ? 1 : Number(match[2])
      if (count > 0) lines.push([start, start + count - 1])
    }
    diff.set(file.filename, lines)
  }
  return diff
}

/** The items of one page, checked: an array of objects with a usable `filename`. */
export function checkPage(data: unknown, page: number): ChangedFile[] {
  if (!Array.isArray(data)) {
    throw new ListingError(`page ${page} of the changed files is not a list (${kind(data)})`)
  }
  if (data.length > perPage) {
    throw new ListingError(`page ${page} lists ${data.length} files, more than ${perPage}`)
  }
  return data.map((item: unknown, index) => {
    const at = `item ${index + 1} of page ${page}`
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ListingError(`${at} is not a file (${kind(item)})`)
    }
    const record = item as Record<string, unknown>
    const filename = checkPath(record.filename, `${at}: \`filename\``)
    const previous =
      record.previous_filename === undefined || record.previous_filename === null
        ? undefined
        : checkPath(record.previous_filename, `${at}: \`previous_filename\``)
    return {
      filename,
      status: typeof record.status === 'string' ? record.status : 'changed',
      previous_filename: previous,
      patch: typeof record.patch === 'string' ? record.patch : undefined
    }
  })
}

function checkPath(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new ListingError(`${what} is not a path (${kind(value)})`)
  }
  if (
    value.length > 4096 ||
    value.includes('\0') ||
    value.startsWith('/') ||
    /^[a-z]:/i.test(value) ||
    value.split(/[/\\]/).includes('..')
  ) {
    throw new ListingError(`${what} is not a path inside the repository`)
  }
  return value
}

/**
 * The next page a `Link` header names, or `undefined` when there is none. A next
 * page on another origin, of another listing, or other than `page + 1` (a loop)
 * is a `ListingError`: such a header is not GitHub's.
 */
export function nextPage(
  link: string | undefined,
  origin: string,
  page: number
): number | undefined {
  if (!link) return undefined
  const match = /<([^<>]*)>\s*;\s*rel="?next"?/.exec(link)
  if (!match) return undefined
  let url: URL
  try {
    url = new URL(match[1]!)
  } catch {
    throw new ListingError('the `Link` header names an invalid next page')
  }
  if (url.origin !== origin) {
    throw new ListingError(
      `the \`Link\` header names a next page on another origin (${url.origin})`
    )
  }
  const next = Number(url.searchParams.get('page'))
  if (next !== page + 1) {
    throw new ListingError(
      `the \`Link\` header names page ${url.searchParams.get('page') ?? '(none)'} after page ${page}`
    )
  }
  return next
}

/** Every path a change touches: the file, and the old name of a renamed one. */
export function changedPaths(files: ChangedFile[]): string[] {
  const paths = new Set<string>()
  for (const file of files) {
    paths.add(file.filename)
    if (file.previous_filename) paths.add(file.previous_filename)
  }
  return [...paths].sort()
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
