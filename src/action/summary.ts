/**
 * The job summary a reviewer reads without opening the log: the counts, a pair
 * matrix for each suite linted (which pairs are complete), and a table of findings
 * per file with links to the rules' docs; cut to stay under GitHub's 1 MiB limit.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import {formatNumber} from '../names.js'
import {suiteOf} from '../suite.js'
import type {Annotation} from './annotations.js'
import type {FailOn} from './inputs.js'

export interface SummaryInput {
  /** Every file linted. */
  results: VFile[]
  workspace: string
  /** Every finding, as annotations. */
  annotations: Annotation[]
  /** Suite folders linted (absolute): each gets a pair matrix. */
  suites: string[]
  /** What was linted and why, one sentence without the final period. */
  scope: string
  failOn: FailOn
  failed: boolean
  /** Further paragraphs (annotation cap, check run, fallbacks). */
  notes: string[]
  /** Bytes the summary may take (default: safely under GitHub's 1 MiB). */
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

export const summaryLimit = 1_000_000

export function buildSummary(input: SummaryInput): string {
  const limit = input.limit ?? summaryLimit
  const {errors, warnings} = count(input.annotations)
  const total = input.results.length
  const withFindings = new Set(input.annotations.map((annotation) => annotation.file)).size
  let head = '## tdd-prompt-lint\n\n'
  if (errors + warnings === 0) {
    head += `✅ No findings in ${plural(total, 'file')}.`
  } else {
    const icon = input.failed ? '❌' : '⚠️'
    const strong = (n: number, word: string) => (n > 0 ? `**${plural(n, word)}**` : plural(n, word))
    head +=
      `${icon} ${strong(errors, 'error')}, ${strong(warnings, 'warning')} in ${withFindings} of ${plural(total, 'file')}.` +
      ` The step ${input.failed ? 'fails' : 'passes'} (\`fail-on: ${input.failOn}\`).`
  }
  head += `\n\nScope: ${escape(input.scope)}.\n\n`
  for (const note of input.notes) head += `${note}\n\n`

  const pieces: {text: string; finding?: Annotation}[] = []
  for (const dir of input.suites) {
    const rows = pairMatrix(dir, input.results, input.annotations, input.workspace)
    const suite = suiteFor(dir, input.results)
    if (!suite) continue
    let text = `### Suite ${code(relative(input.workspace, dir) || '.')}\n\n`
    text +=
      suite.preprompts.length > 0
        ? `Preprompt: ${suite.preprompts.map((prompt) => code(prompt.name)).join(', ')}\n\n`
        : 'Preprompt: none in this folder\n\n'
    if (rows.length > 0) {
      text += '| # | slug | red | green | status |\n|---|---|---|---|---|\n'
      for (const row of rows) {
        text += `| ${row.number} | ${escape(row.slug)} | ${names(row.red)} | ${names(row.green)} | ${row.ok ? '✅' : '❌'} |\n`
      }
      text += '\n'
    }
    pieces.push({text})
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
  if (files.length > 0) pieces.push({text: '### Findings\n\n'})
  for (const [file, list] of files) {
    pieces.push({
      text: `#### ${code(file)}\n\n| line | rule | message | docs |\n|---|---|---|---|\n`
    })
    const rows = [...list].sort(
      (a, b) => a.startLine - b.startLine || (a.startColumn ?? 0) - (b.startColumn ?? 0)
    )
    for (const [index, annotation] of rows.entries()) {
      const at = `${annotation.startLine}:${annotation.startColumn ?? 1}`
      const docs = annotation.url ? `[docs](${annotation.url})` : ''
      const end = index === rows.length - 1 ? '\n' : ''
      pieces.push({
        text: `| ${at} | ${annotation.severity} ${code(annotation.title)} | ${escape(annotation.message)} | ${docs} |\n${end}`,
        finding: annotation
      })
    }
  }

  const reserve = 400
  let text = head
  let size = Buffer.byteLength(text)
  let index = 0
  for (; index < pieces.length; index++) {
    const piece = pieces[index]!
    const bytes = Buffer.byteLength(piece.text)
    if (size + bytes > limit - reserve) break
    text += piece.text
    size += bytes
  }
  const left = pieces.slice(index).flatMap((piece) => (piece.finding ? [piece.finding] : []))
  if (index < pieces.length) {
    const leftFiles = new Set(left.map((annotation) => annotation.file)).size
    text +=
      `\n\n_Truncated to stay under GitHub's 1 MiB job summary limit: ${left.length} more findings in ${leftFiles} files` +
      ' are in the log and the SARIF file._\n'
  }
  return text
}

/** The pairs of the suite in `dir`, by number, from the suite model. */
export function pairMatrix(
  dir: string,
  results: VFile[],
  annotations: Annotation[],
  workspace: string
): PairRow[] {
  const suite = suiteFor(dir, results)
  if (!suite) return []
  const errorFiles = new Set(
    annotations
      .filter((annotation) => annotation.severity === 'error')
      .map((annotation) => annotation.file)
  )
  const hasError = (name: string) => errorFiles.has(relative(workspace, path.join(dir, name)))
  const rows: PairRow[] = []
  for (const [number, prompts] of suite.byNumber) {
    const red = prompts.filter((prompt) => prompt.kind === 'red')
    const green = prompts.filter((prompt) => prompt.kind === 'green')
    const slugs = [...new Set(prompts.map((prompt) => prompt.slug))]
    const complete = red.length === 1 && green.length === 1 && slugs.length === 1
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

function suiteFor(dir: string, results: VFile[]) {
  const file = results.find(
    (candidate) => path.dirname(path.resolve(candidate.cwd, candidate.path)) === dir
  )
  return file ? suiteOf(file) : undefined
}

function rankOf(list: Annotation[]): number {
  return list.some((annotation) => annotation.severity === 'error') ? 0 : 1
}

function count(list: Annotation[]) {
  const errors = list.filter((annotation) => annotation.severity === 'error').length
  return {errors, warnings: list.length - errors}
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function names(list: string[]): string {
  return list.length > 0 ? list.map(code).join('<br>') : '—'
}

function code(text: string): string {
  return '`' + cell(text.replace(/`/g, "'")) + '`'
}

/** Safe in a table cell: no pipe, no newline. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ')
}

/** Markdown text from the repository, safe in a table cell: no HTML outside code spans. */
function escape(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, index) =>
      index % 2 === 1
        ? cell(part)
        : cell(part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    )
    .join('')
}
