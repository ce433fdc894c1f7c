/**
 * The job summary a reviewer reads without opening the log: the counts, a pair
 * matrix for each suite linted (which pairs are complete), the renames `--fix`
 * would make, the requirements of the suites in scope, a table of findings per
 * file with links to the rules' docs, and a map of the suites (Mermaid).
 *
 * Escaped by construction: every piece of text that is not the summary's own
 * words (paths, slugs, messages, the scope, notes) goes through `text()`, which
 * turns it into inert markdown — HTML's `&<>"` as entities, markdown's
 * punctuation (`\`, backticks, `*`, `_`, `[`, `]`, `|`, `.`, `:`…) behind a
 * backslash, line breaks and controls as visible escapes — so it can neither
 * open a tag, a link, a code span nor a table cell. Nothing tries to keep a code
 * span from user text. The whole summary, head included, stays under GitHub's
 * 1 MiB, and at most `maxRowsPerFile` findings of a file are shown.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import {escapeControls} from '../io/escape.js'
import {formatNumber} from '../suite/names.js'
import {plural, relativePath} from '../reporters/common.js'
import type {SuiteModel} from '../suite/model.js'
import {traceCounts, type TraceRow} from '../suite/trace.js'
import type {Annotation} from './annotations.js'
import type {FailOn} from './inputs.js'

/** Requirements shown in the summary's trace. */
const maxTraceRows = 200

/** A paragraph of the summary: plain text, and maybe a link. */
export interface Note {
  text: string
  link?: {label: string; url: string} | undefined
}

export interface SummaryInput {
  /** Every file linted. */
  results: VFile[]
  workspace: string
  /** Every finding, as annotations. */
  annotations: Annotation[]
  /** Suite folders linted (absolute): each gets a pair matrix. */
  suites: string[]
  /** The run's suite model: folders, pairs, preprompts. */
  model: SuiteModel
  /** Where files are shown at the commit the findings are about (`https://github.com/o/r/blob/<sha>`), for line links. */
  blob?: string | undefined
  /** The requirements trace (requirement → prompts citing it), when requirement documents are in scope. */
  trace?: TraceRow[]
  /** What was linted and why, one plain sentence without the final period. */
  scope: string
  failOn: FailOn
  failed: boolean
  /** Further paragraphs (annotation cap, check run, fallbacks). */
  notes: Note[]
  /** The suites drawn as a Mermaid flowchart (src/map/), shown after the findings. */
  map?: string
  /** Renames `--fix` would make (relative paths): listed as the `git mv` to run, which no suggestion can express. */
  renames?: Array<{from: string; to: string}>
  /** Bytes the summary may take, everything counted (default: GitHub's 1 MiB). */
  limit?: number
}

export interface PairRow {
  /** Two digits. */
  number: string
  slug: string
  red: string[]
  green: string[]
  /** A complete pair (one red, one green, one slug) with no error on either. */
  ok: boolean
}

/** GitHub's limit on a step's summary. */
export const summaryLimit = 1024 * 1024
/** Findings of one file shown in its table. */
export const maxRowsPerFile = 50
/** Suite folders that get a pair matrix. */
export const maxSuites = 100

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

/**
 * Any text as inert markdown on one line: safe in a paragraph, a heading and a
 * table cell. Renders as the text itself (controls as visible escapes).
 */
export function text(value: string): string {
  return escapeControls(value)
    .replace(/[&<>"]/g, (char) => entities[char]!)
    .replace(/[\\`*_{}[\]()#+\-.!|~:@$^=']/g, '\\$&')
}

/** A link, only to a plain https address (else the label alone). */
function link(label: string, url: string): string {
  return /^https:\/\/[\w.-]+(:\d+)?(\/[\w./~%+-]*)?(#L\d+)?$/.test(url)
    ? `[${text(label)}](${url})`
    : text(label)
}

export function buildSummary(input: SummaryInput): string {
  const limit = input.limit ?? summaryLimit
  const {errors, warnings} = count(input.annotations)
  const total = input.results.length
  const withFindings = new Set(input.annotations.map((annotation) => annotation.file)).size
  const head: string[] = ['## tdd-prompt-lint\n\n']
  if (errors + warnings === 0) {
    head.push(`✅ No findings in ${plural(total, 'file')}.\n\n`)
  } else {
    const icon = input.failed ? '❌' : '⚠️'
    const strong = (n: number, word: string) => (n > 0 ? `**${plural(n, word)}**` : plural(n, word))
    head.push(
      `${icon} ${strong(errors, 'error')}, ${strong(warnings, 'warning')} in ${withFindings} of ${plural(total, 'file')}.` +
        ` The step ${input.failed ? 'fails' : 'passes'} (fail-on: ${input.failOn}).\n\n`
    )
  }
  head.push(`Scope: ${text(input.scope)}.\n\n`)
  for (const note of input.notes) {
    head.push(
      `${text(note.text)}${note.link ? ' ' + link(note.link.label, note.link.url) : ''}\n\n`
    )
  }

  if (input.renames && input.renames.length > 0) head.push(renameSection(input.renames))

  const pieces: {text: string; findings: number; file?: string}[] = head.map((piece) => ({
    text: piece,
    findings: 0
  }))
  for (const dir of input.suites.slice(0, maxSuites)) {
    const rows = pairMatrix(dir, input.model, input.annotations, input.workspace)
    let piece = `### Suite ${text(relativePath(input.workspace, dir) || '.')}\n\n`
    const preprompt = input.model.preprompt(dir)
    piece += !preprompt
      ? 'Preprompt: none\n\n'
      : preprompt.how === 'own'
        ? `Preprompt: ${text(path.basename(preprompt.file))}\n\n`
        : `Preprompt: ${text(relativePath(input.workspace, preprompt.file))} (borrowed: ${preprompt.how === 'ancestor' ? 'from the folder above' : preprompt.how === 'linked' ? 'linked by its prompts' : 'configured'})\n\n`
    if (rows.length > 0) {
      piece += '| # | slug | red | green | status |\n|---|---|---|---|---|\n'
      for (const row of rows) {
        piece += `| ${text(row.number)} | ${text(row.slug)} | ${names(row.red)} | ${names(row.green)} | ${row.ok ? '✅' : '❌'} |\n`
      }
      piece += '\n'
    }
    pieces.push({text: piece, findings: 0})
  }
  if (input.suites.length > maxSuites) {
    pieces.push({
      text: `${input.suites.length - maxSuites} more suite folders are not shown.\n\n`,
      findings: 0
    })
  }

  const trace = input.trace ?? []
  if (trace.length > 0) {
    const counts = traceCounts(trace)
    let piece = `### Requirements\n\n${counts.binding - counts.uncovered} of ${counts.binding} shall/must requirements are cited by a prompt.\n\n`
    piece += '| requirement | status | prompts |\n|---|---|---|\n'
    for (const row of trace.slice(0, maxTraceRows)) {
      const prompts = row.prompts
        .map((file) => text(relativePath(input.workspace, file)))
        .join(', ')
      piece += `| ${text(row.id)} | ${text(row.status)} | ${prompts || '—'} |\n`
    }
    if (trace.length > maxTraceRows)
      piece += `\n${trace.length - maxTraceRows} more requirements are not shown.\n`
    pieces.push({text: piece + '\n', findings: 0})
  }

  const byFile = new Map<string, Annotation[]>()
  for (const annotation of input.annotations) {
    const list = byFile.get(annotation.file) ?? []
    list.push(annotation)
    byFile.set(annotation.file, list)
  }
  const files = [...byFile].sort(
    ([a, listA], [b, listB]) => rankOf(listA) - rankOf(listB) || (a < b ? -1 : a > b ? 1 : 0)
  )
  if (files.length > 0) pieces.push({text: '### Findings\n\n', findings: 0})
  for (const [file, list] of files) {
    pieces.push({
      text: `#### ${text(file)}\n\n| line | rule | message | docs |\n|---|---|---|---|\n`,
      findings: 0
    })
    const rows = [...list].sort(
      (a, b) => a.startLine - b.startLine || (a.startColumn ?? 0) - (b.startColumn ?? 0)
    )
    const shown = rows.slice(0, maxRowsPerFile)
    for (const annotation of shown) {
      const place = `${annotation.startLine}:${annotation.startColumn ?? 1}`
      const at = input.blob
        ? link(
            place,
            `${input.blob}/${file.split('/').map(encodeURIComponent).join('/')}#L${annotation.startLine}`
          )
        : place
      const docs = annotation.url ? link('docs', annotation.url) : ''
      pieces.push({
        text: `| ${at} | ${annotation.severity} ${text(annotation.title)} | ${text(annotation.message)} | ${docs} |\n`,
        findings: 1,
        file
      })
    }
    const more = rows.length - shown.length
    pieces.push({
      text:
        more > 0
          ? `| | | ${plural(more, 'more finding')} in this file: see the log and the SARIF file | |\n\n`
          : '\n',
      findings: more,
      file
    })
  }

  if (input.map) {
    const lines = input.map.trimEnd().split('\n')
    const fence = fenceFor(lines)
    pieces.push({
      text: `### Map\n\n${fence}mermaid\n${lines.join('\n')}\n${fence}\n\n`,
      findings: 0
    })
  }

  const note = (left: number, files: number) =>
    `\n_Cut to stay under GitHub's 1 MiB job summary limit: ${plural(left, 'more finding')} in ${plural(files, 'file')} are in the log and the SARIF file._\n`
  const reserve = Buffer.byteLength(note(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER))
  let out = ''
  let size = 0
  let index = 0
  for (; index < pieces.length; index++) {
    const bytes = Buffer.byteLength(pieces[index]!.text)
    if (size + bytes > limit - reserve) break
    out += pieces[index]!.text
    size += bytes
  }
  if (index < pieces.length) {
    const rest = pieces.slice(index).filter((piece) => piece.findings > 0)
    const left = rest.reduce((sum, piece) => sum + piece.findings, 0)
    out += note(left, new Set(rest.map((piece) => piece.file)).size)
  }
  return out
}

/** A fence of backticks longer than any run of backticks in the lines (at least three): no line can close it. */
export function fenceFor(lines: string[]): string {
  const runs = lines.flatMap((line) => line.match(/`+/g) ?? [])
  return '`'.repeat(Math.max(3, ...runs.map((run) => run.length + 1)))
}

/** Renames shown at most. */
const maxRenames = 50

/**
 * The renames as shell commands in a fenced block: paths single-quoted for the
 * shell, controls visible, the fence longer than any run of backticks in them.
 */
export function renameSection(renames: Array<{from: string; to: string}>): string {
  const quote = (value: string) => `'${escapeControls(value).replace(/'/g, "'\\''")}'`
  const lines = renames
    .slice(0, maxRenames)
    .map(({from, to}) => `git mv ${quote(from)} ${quote(to)}`)
  if (renames.length > maxRenames) lines.push(`# and ${renames.length - maxRenames} more`)
  lines.push('tdd-prompt-lint --fix')
  const fence = fenceFor(lines)
  return (
    `### Renames\n\nA suggestion cannot rename a file. To rename ${plural(renames.length, 'prompt')} and every reference to ${renames.length === 1 ? 'it' : 'them'}, run \`tdd-prompt-lint --fix\`, or:\n\n` +
    `${fence}sh\n${lines.join('\n')}\n${fence}\n\n`
  )
}

/** The pairs of the suite in `dir`, by number, from the suite model. */
export function pairMatrix(
  dir: string,
  model: SuiteModel,
  annotations: Annotation[],
  workspace: string
): PairRow[] {
  const suite = model.folder(dir)
  const errorFiles = new Set(
    annotations
      .filter((annotation) => annotation.severity === 'error')
      .map((annotation) => annotation.file)
  )
  const hasError = (name: string) => errorFiles.has(relativePath(workspace, path.join(dir, name)))
  const rows: PairRow[] = []
  for (const [number, prompts] of suite.byNumber) {
    const red = prompts.filter((prompt) => prompt.kind !== 'green')
    const green = prompts.filter((prompt) => prompt.kind === 'green')
    const slugs = [...new Set(prompts.map((prompt) => prompt.slug))]
    const foundation = prompts.length === 1 && prompts[0]?.kind === 'foundation'
    const complete = foundation || (red.length === 1 && green.length === 1 && slugs.length === 1)
    rows.push({
      number: formatNumber(number),
      slug: slugs.join(' / '),
      red: red.map((prompt) => prompt.name),
      green: green.map((prompt) => prompt.name),
      ok: complete && !prompts.some((prompt) => hasError(prompt.name))
    })
  }
  return rows
}

function rankOf(list: Annotation[]): number {
  return list.some((annotation) => annotation.severity === 'error') ? 0 : 1
}

function count(list: Annotation[]) {
  const errors = list.filter((annotation) => annotation.severity === 'error').length
  return {errors, warnings: list.length - errors}
}

function names(list: string[]): string {
  return list.length > 0 ? list.map(text).join(', ') : '—'
}
