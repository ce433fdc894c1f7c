/**
 * The check-run reporter (`annotations: checks`): every finding, up to
 * `checkLimit`, on a check run on the pull request's head commit. Without what
 * it needs (a token, the repository, the commit), or when the API refuses, it
 * says why and asks for workflow-command annotations instead; a 403 or 404 (a
 * read-only token) is a notice, anything else a warning. Never a failure.
 */
import {plural} from '../../reporters/common.js'
import {capAnnotations, checkLimit, findingsTitle, type Annotation} from '../annotations.js'
import {describeApiError} from '../api-errors.js'
import {CheckRunError, publishCheckRun, type Conclusion} from '../checks.js'
import type {EventContext} from '../event.js'
import type {Client} from '../github.js'
import type {Output} from '../output.js'
import {text, type Note} from '../summary.js'

/** The check run's name. */
export const checkName = 'tdd-prompt-lint'

export interface CheckRunReport {
  annotations: Annotation[]
  counts: {errors: number; warnings: number}
  /** Files linted. */
  files: number
  scope: string
  failed: boolean
  token: string
  context: EventContext
  client: () => Promise<Client>
}

/** The outcome: a note for the summary, or the fall-back to workflow commands. */
export type CheckRunOutcome = {note: Note; fallback: false} | {fallback: true}

export async function reportCheckRun(
  report: CheckRunReport,
  out: Output
): Promise<CheckRunOutcome> {
  const {context, counts} = report
  const missing = !report.token
    ? 'no github-token'
    : !context.owner || !context.repo
      ? 'no repository in GITHUB_REPOSITORY'
      : !context.headSha
        ? 'no commit SHA in the event or GITHUB_SHA'
        : undefined
  if (missing || !context.owner || !context.repo || !context.headSha) {
    out.warning(
      `Cannot publish a check run (${missing}); annotating through workflow commands instead.`
    )
    return {fallback: true}
  }
  const capped = capAnnotations(report.annotations, {
    errors: checkLimit.total,
    warnings: checkLimit.total,
    perFile: checkLimit.perFile
  })
  const published = capped.shown.slice(0, checkLimit.total)
  const left = report.annotations.length - published.length
  try {
    const run = await publishCheckRun(await report.client(), {
      owner: context.owner,
      repo: context.repo,
      headSha: context.headSha,
      name: checkName,
      title: findingsTitle(counts),
      summary: `${findingsTitle(counts)} in ${plural(report.files, 'file')}.\n\nScope: ${text(report.scope)}.`,
      conclusion: conclusion(counts, report.failed),
      annotations: published
    })
    out.log(
      `Published ${plural(published.length, 'annotation')} on check run ${run.id} in ${plural(run.requests, 'request')}.`
    )
    return {
      fallback: false,
      note: {
        text:
          `${published.length} of ${plural(report.annotations.length, 'finding')} annotated on the check run` +
          (left > 0
            ? ` (at most ${checkLimit.perFile} a file and ${checkLimit.total} in all; every finding is in the log and the SARIF file)`
            : ''),
        link: run.url ? {label: checkName, url: run.url} : undefined
      }
    }
  } catch (error) {
    const message = error instanceof CheckRunError ? error.message : describeApiError(error)
    const status = error instanceof CheckRunError ? error.status : undefined
    // A 403 for a rate limit is no permission problem.
    if ((status === 403 && !/rate limit/i.test(message)) || status === 404) {
      out.notice(
        `${message}. The token cannot write checks (a pull request from a fork gets a read-only token, or checks: write is missing); annotating through workflow commands instead.`
      )
    } else {
      out.warning(`${message}; annotating through workflow commands instead.`)
    }
    return {fallback: true}
  }
}

export function conclusion(
  counts: {errors: number; warnings: number},
  failed: boolean
): Conclusion {
  if (failed) return 'failure'
  return counts.errors + counts.warnings > 0 ? 'neutral' : 'success'
}
