/**
 * A check run with every annotation: GitHub takes at most 50 annotations a
 * request, so the run is created with the first 50 and updated with the rest,
 * the conclusion sent with the last batch.
 */
import type {Annotation} from './annotations.js'
import {describeApiError} from './api-errors.js'
import type {Client} from './github.js'

/** The most annotations one check-run request may carry. */
export const batchSize = 50
/** GitHub's limit on a check run's `output.summary` and `output.text`. */
export const outputLimit = 65_535

export type Conclusion = 'success' | 'failure' | 'neutral'

export interface CheckRunRequest {
  owner: string
  repo: string
  /** The commit the run belongs on: the pull request's head, not the merge commit. */
  headSha: string
  name: string
  title: string
  /** Markdown, cut to GitHub's limit. */
  summary: string
  conclusion: Conclusion
  annotations: Annotation[]
}

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
  raw_details?: string
}

export interface PublishedCheckRun {
  id: number
  url: string | undefined
  /** Requests sent. */
  requests: number
}

/** A check run could not be published: `status` is the API's answer (if any). */
export class CheckRunError extends Error {
  override name = 'CheckRunError'
  constructor(
    message: string,
    readonly status: number | undefined
  ) {
    super(message)
  }
}

export function toCheckAnnotation(annotation: Annotation): CheckAnnotation {
  return {
    path: annotation.file,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    ...(annotation.startColumn === undefined
      ? {}
      : {start_column: annotation.startColumn, end_column: annotation.endColumn}),
    annotation_level: annotation.severity === 'error' ? 'failure' : 'warning',
    title: annotation.title,
    message: annotation.message,
    ...(annotation.url ? {raw_details: annotation.url} : {})
  }
}

/** Items in runs of `size`; always at least one (maybe empty) run. */
export function chunk<T>(items: T[], size: number): T[][] {
  const runs: T[][] = []
  for (let index = 0; index < items.length; index += size)
    runs.push(items.slice(index, index + size))
  return runs.length > 0 ? runs : [[]]
}

export async function publishCheckRun(
  client: Client,
  request: CheckRunRequest
): Promise<PublishedCheckRun> {
  const batches = chunk(request.annotations.map(toCheckAnnotation), batchSize)
  const output = (annotations: CheckAnnotation[]) => ({
    title: request.title,
    summary: cut(request.summary),
    annotations
  })
  const repo = {owner: request.owner, repo: request.repo}
  const last = batches.length - 1
  let id: number | undefined
  let url: string | undefined
  let requests = 0
  try {
    const created = await client.rest.checks.create({
      ...repo,
      name: request.name,
      head_sha: request.headSha,
      ...(last === 0
        ? {status: 'completed', conclusion: request.conclusion}
        : {status: 'in_progress'}),
      output: output(batches[0] ?? [])
    })
    requests++
    id = created.data.id
    url = created.data.html_url ?? undefined
    for (let index = 1; index <= last; index++) {
      await client.rest.checks.update({
        ...repo,
        check_run_id: id,
        ...(index === last ? {status: 'completed', conclusion: request.conclusion} : {}),
        output: output(batches[index] ?? [])
      })
      requests++
    }
  } catch (error) {
    const status = (error as {status?: number}).status
    if (id !== undefined) {
      // Leave no run in progress forever: conclude it, saying some annotations are missing.
      await client.rest.checks
        .update({
          ...repo,
          check_run_id: id,
          status: 'completed',
          conclusion: request.conclusion,
          output: {
            title: request.title,
            summary: cut(
              `${request.summary}\n\nSome annotations could not be published: ${describeApiError(error)}.`
            )
          }
        })
        .catch(() => undefined)
    }
    throw new CheckRunError(
      `${id === undefined ? 'Cannot create the check run' : 'Cannot add annotations to the check run'}: ${describeApiError(error)}`,
      typeof status === 'number' && status > 0 ? status : undefined
    )
  }
  return {id, url, requests}
}

function cut(text: string): string {
  if (text.length <= outputLimit) return text
  const note = '\n\n_(cut to the 65535-character limit)_'
  return text.slice(0, outputLimit - note.length) + note
}
