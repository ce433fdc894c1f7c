/**
 * The traceability matrix: each requirement a scope's documents define, with
 * the prompts that cite it. Uncovered binding requirements (`shall`, `must`)
 * come first, then the other uncovered ones, then the covered ones, each group
 * in document order; IDs that prompts cite and no document defines come last.
 *
 * `traceMatrix` is a pure function of the run's suite model; `formatTrace` and
 * `formatTraceMarkdown` turn its rows into text (the CLI's `trace`, a job
 * summary).
 */
import path from 'node:path'
import {escapeControls} from '../io/escape.js'
import type {SuiteModel} from './model.js'
import {
  defaultDocumentWords,
  isCited,
  isTraced,
  type Citation,
  type Definition,
  type RequirementScope
} from './requirements.js'

export type TraceStatus = 'uncovered' | 'not traced' | 'covered' | 'undefined'

export interface TraceRow {
  /** `L1-2.2`. */
  id: string
  /**
   * - `uncovered`: binding (`shall`/`must`) and cited by no prompt;
   * - `not traced`: cited by no prompt, and not binding or in a document the prompts
   *   do not trace (fewer than half of its binding requirements cited);
   * - `covered`: cited by at least one prompt;
   * - `undefined`: cited, and defined by no document.
   */
  status: TraceStatus
  /** Where it is defined (absent for `undefined`). */
  definition: Definition | undefined
  /** Prompts that cite it (absolute), sorted, each once. */
  prompts: string[]
  /** Every citation, by file and line. */
  citations: Citation[]
}

const order: Record<TraceStatus, number> = {uncovered: 0, 'not traced': 1, covered: 2, undefined: 3}

/**
 * The matrix of a folder: the requirement scopes at or below it (else the one
 * it resolves IDs in), requirement → prompts that cite it, uncovered ones
 * first. Empty without requirement documents. A scope's prompts are cited
 * from wherever they are in the repository, as the rules count them.
 */
export function traceMatrix(
  model: SuiteModel,
  dir: string,
  words: readonly string[] = defaultDocumentWords
): TraceRow[] {
  const requirements = model.requirements(model.root(dir), words)
  const inside = requirements.scopes.filter((scope) => isInside(dir, scope.home))
  const nearest = requirements.chain(dir)[0]
  return traceRows(inside.length > 0 ? inside : nearest ? [nearest] : [])
}

/** The matrix of some requirement scopes (each one's citations are read when asked here). */
export function traceRows(scopes: readonly RequirementScope[]): TraceRow[] {
  const rows: TraceRow[] = []
  for (const scope of scopes) {
    const traced = new Map(scope.documents.map((file) => [file, isTraced(scope, file)]))
    for (const definition of scope.byId.values()) {
      const citations = scope.citations.get(definition.id) ?? []
      // One cited only in another form (`L1.1.2`) is listed with the undefined citations.
      const binding =
        definition.binding &&
        traced.get(definition.document) === true &&
        !isCited(scope, definition.id)
      rows.push({
        id: definition.id,
        status: citations.length > 0 ? 'covered' : binding ? 'uncovered' : 'not traced',
        definition,
        prompts: filesOf(citations),
        citations
      })
    }
    const unresolved = new Map<string, Citation[]>()
    for (const citation of scope.unresolved) {
      unresolved.set(citation.id, [...(unresolved.get(citation.id) ?? []), citation])
    }
    for (const id of [...unresolved.keys()].sort(compareIds)) {
      const citations = unresolved.get(id) ?? []
      rows.push({
        id,
        status: 'undefined',
        definition: undefined,
        prompts: filesOf(citations),
        citations
      })
    }
  }
  // A stable sort: document order within each group.
  return rows.sort((a, b) => order[a.status] - order[b.status])
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return !relative.startsWith('..') && !path.isAbsolute(relative)
}

function filesOf(citations: Citation[]): string[] {
  return [...new Set(citations.map((each) => each.file))].sort()
}

/** Natural order: `L1-2.10` after `L1-2.9`, `FR-3` before `REQ-1`. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', {numeric: true})
}

export interface TraceCounts {
  requirements: number
  binding: number
  uncovered: number
  undefined: number
}

export function traceCounts(rows: TraceRow[]): TraceCounts {
  return {
    requirements: rows.filter((row) => row.definition).length,
    binding: rows.filter((row) => row.definition?.binding).length,
    uncovered: rows.filter((row) => row.status === 'uncovered').length,
    undefined: rows.filter((row) => row.status === 'undefined').length
  }
}

const maxText = 72

/**
 * The matrix as text, paths relative to `cwd`:
 *
 *     L1-2.4  uncovered (must)  orchestration/l1_requirements.md:16
 *       The system must …
 *     L1-1.1  covered  orchestration/l1_requirements.md:9
 *       orchestration/prompt_01_config_generator_red.md
 */
export function formatTrace(rows: TraceRow[], cwd: string): string {
  if (rows.length === 0) return 'No requirement documents.\n'
  const counts = traceCounts(rows)
  const lines = [
    `${counts.requirements} requirements, ${counts.binding} binding (shall/must), ${counts.uncovered} uncovered` +
      (counts.undefined > 0 ? `, ${counts.undefined} cited but not defined` : '')
  ]
  for (const row of rows) {
    const keyword = row.definition?.keyword ? ` (${row.definition.keyword.toLowerCase()})` : ''
    const where = row.definition
      ? `  ${shown(cwd, row.definition.document)}:${row.definition.line}`
      : ''
    lines.push('', `${row.id}  ${row.status}${keyword}${where}`)
    if (row.definition) lines.push('  ' + truncate(row.definition.text))
    for (const file of row.prompts) lines.push('  ← ' + shown(cwd, file))
  }
  return lines.map(escapeControls).join('\n') + '\n'
}

/** The matrix as a markdown table (a job summary): requirement, status, prompts. */
export function formatTraceMarkdown(rows: TraceRow[], cwd: string): string {
  if (rows.length === 0) return ''
  const cell = (text: string) =>
    escapeControls(text)
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/[`*_[\]<>]/g, (char) => '\\' + char)
  const lines = ['| Requirement | Status | Prompts |', '|---|---|---|']
  for (const row of rows) {
    const status =
      row.status + (row.definition?.keyword ? ` (${row.definition.keyword.toLowerCase()})` : '')
    const prompts = row.prompts.map((file) => cell(shown(cwd, file))).join('<br>') || '—'
    lines.push(`| ${cell(row.id)} | ${cell(status)} | ${prompts} |`)
  }
  return lines.join('\n') + '\n'
}

function shown(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/')
}

function truncate(text: string): string {
  return text.length > maxText ? text.slice(0, maxText - 1) + '…' : text
}
