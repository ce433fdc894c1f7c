/**
 * Findings as annotations: one per message (`fatal: true` an error, anything else
 * a warning, as the CLI counts them), with a path relative to the
 * workspace, a range GitHub accepts, the rule id as title; ordered by importance
 * (errors first, then by file and line) and capped to what a step may show.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  placeOf,
  plural,
  relatedOf,
  relativePath,
  severity,
  type Severity
} from '../reporters/common.js'
import {annotationRange, type AnnotationRange} from '../reporters/github.js'

export type {Severity}

export interface Annotation extends AnnotationRange {
  severity: Severity
  /** Relative to the workspace, `/`-separated. */
  file: string
  /** The rule id. */
  title: string
  message: string
  /** The rule's docs. */
  url: string | undefined
}

/** GitHub shows at most this many error and this many warning annotations a step. */
export const stepLimit = {errors: 10, warnings: 10}
/** Workflow-command annotations of one file: one noisy file leaves room for the others. */
export const commandsPerFile = 5
/** Check-run annotations of one file, and of one run (20 requests of 50). */
export const checkLimit = {perFile: 50, total: 1000}

export function toAnnotations(files: VFile[], workspace: string): Annotation[] {
  const list: Annotation[] = []
  for (const file of files) {
    const shown = relativePath(workspace, path.resolve(file.cwd, file.path))
    for (const message of file.messages) {
      list.push(toAnnotation(message, shown, workspace))
    }
  }
  return list.sort(compare)
}

function toAnnotation(message: VFileMessage, file: string, workspace: string): Annotation {
  return {
    severity: severity(message),
    file,
    ...annotationRange(placeOf(message)),
    title: message.ruleId ?? message.source ?? 'tdd-prompt-lint',
    message: oneLineText(message.reason) + related(message, workspace),
    url: message.url ?? undefined
  }
}

/** ` (related: other/file.md:3)` for a finding whose `cause` names another file. */
function related(message: VFileMessage, workspace: string): string {
  const other = relatedOf(message)
  if (!other) return ''
  return ` (related: ${relativePath(workspace, other.file)}${other.line ? `:${other.line}` : ''})`
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

/**
 * The first `budget.errors` errors and `budget.warnings` warnings, in order, at
 * most `perFile` of one file, and how many were left out.
 */
export function capAnnotations(
  list: Annotation[],
  budget: {errors: number; warnings: number; perFile?: number}
): {shown: Annotation[]; omitted: {errors: number; warnings: number}} {
  const shown: Annotation[] = []
  const omitted = {errors: 0, warnings: 0}
  const used = {errors: 0, warnings: 0}
  const perFile = new Map<string, number>()
  for (const annotation of list) {
    const key = annotation.severity === 'error' ? 'errors' : 'warnings'
    const ofFile = perFile.get(annotation.file) ?? 0
    if (used[key] < Math.max(budget[key], 0) && ofFile < (budget.perFile ?? Infinity)) {
      used[key]++
      perFile.set(annotation.file, ofFile + 1)
      shown.push(annotation)
    } else {
      omitted[key]++
    }
  }
  return {shown, omitted}
}

/** `No findings`, or `2 errors and 1 warning`: a check run's title, the failure line, the log group. */
export function findingsTitle(counts: {errors: number; warnings: number}): string {
  if (counts.errors + counts.warnings === 0) return 'No findings'
  return `${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')}`
}
