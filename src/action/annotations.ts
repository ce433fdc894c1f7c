/**
 * Findings as annotations: one per message (`fatal: true` an error, anything else
 * a warning, as the CLI counts them), with a path relative to the
 * workspace, a range GitHub accepts, the rule id as title; ordered by importance
 * (errors first, then by file and line) and capped to what a step may show.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type Severity = 'error' | 'warning'

export interface Annotation {
  severity: Severity
  /** Relative to the workspace, `/`-separated. */
  file: string
  startLine: number
  /** Only on a one-line range: GitHub refuses columns on a range over several lines. */
  startColumn: number | undefined
  endLine: number
  endColumn: number | undefined
  /** The rule id. */
  title: string
  message: string
  /** The rule's docs. */
  url: string | undefined
}

/** GitHub shows at most this many error and this many warning annotations a step. */
export const stepLimit = {errors: 10, warnings: 10}

export function toAnnotations(files: VFile[], workspace: string): Annotation[] {
  const list: Annotation[] = []
  for (const file of files) {
    const shown = relative(workspace, path.resolve(file.cwd, file.path))
    for (const message of file.messages) {
      list.push(toAnnotation(message, shown, workspace))
    }
  }
  return list.sort(compare)
}

function toAnnotation(message: VFileMessage, file: string, workspace: string): Annotation {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  const startLine = Math.max(start?.line ?? message.line ?? 1, 1)
  const endLine = Math.max(end?.line ?? startLine, startLine)
  const startColumn = Math.max(start?.column ?? message.column ?? 1, 1)
  const oneLine = startLine === endLine
  // unist ends are exclusive; annotation ends are the last column.
  const endColumn = end && end !== start ? Math.max(end.column - 1, startColumn) : startColumn
  return {
    severity: message.fatal === true ? 'error' : 'warning',
    file,
    startLine,
    startColumn: oneLine ? startColumn : undefined,
    endLine,
    endColumn: oneLine ? endColumn : undefined,
    title: message.ruleId ?? message.source ?? 'tdd-prompt-lint',
    message: oneLineText(message.reason) + related(message, workspace),
    url: message.url ?? undefined
  }
}

/** ` (related: other/file.md:3)` for a finding whose `cause` names another file. */
function related(message: VFileMessage, workspace: string): string {
  const cause = message.cause as (VFileMessage & {file?: string}) | undefined
  if (!cause || typeof cause !== 'object' || typeof cause.file !== 'string' || !cause.file)
    return ''
  const line = cause.line ? `:${cause.line}` : ''
  return ` (related: ${relative(workspace, cause.file)}${line})`
}

function relative(workspace: string, file: string): string {
  return path.relative(workspace, file).split(path.sep).join('/')
}

function oneLineText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}

function compare(a: Annotation, b: Annotation): number {
  return (
    rank(a) - rank(b) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.startLine - b.startLine ||
    (a.startColumn ?? 0) - (b.startColumn ?? 0) ||
    a.title.localeCompare(b.title)
  )
}

function rank(annotation: Annotation): number {
  return annotation.severity === 'error' ? 0 : 1
}

export function countFindings(list: Annotation[]): {errors: number; warnings: number} {
  const errors = list.filter((annotation) => annotation.severity === 'error').length
  return {errors, warnings: list.length - errors}
}

/** The first `budget.errors` errors and `budget.warnings` warnings, in order, and how many were left out. */
export function capAnnotations(
  list: Annotation[],
  budget: {errors: number; warnings: number}
): {shown: Annotation[]; omitted: {errors: number; warnings: number}} {
  const shown: Annotation[] = []
  const omitted = {errors: 0, warnings: 0}
  const used = {errors: 0, warnings: 0}
  for (const annotation of list) {
    const key = annotation.severity === 'error' ? 'errors' : 'warnings'
    if (used[key] < Math.max(budget[key], 0)) {
      used[key]++
      shown.push(annotation)
    } else {
      omitted[key]++
    }
  }
  return {shown, omitted}
}
