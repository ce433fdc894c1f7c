/**
 * Review suggestions from the fixes `--fix` would make (src/fix/plan.ts): each
 * group of consecutive lines a fix changes becomes one suggestion that replaces
 * exactly those lines with their fixed text. Renames, which a suggestion cannot
 * express, stay out (they are listed in the summary as the `git mv` to run).
 *
 * Plain logic: which suggestions lie in the pull request's diff, which are
 * already on the pull request (same file, lines and text), and each comment's
 * body, escaped by construction: the finding's message goes through the
 * summary's `text()` (no HTML, no mention, no link), and the fixed lines sit in
 * a `suggestion` fence longer than any run of backticks in them, so no line can
 * close it. A line with a control character is never suggested.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import {diskReader, isConflict, planFixes, type FixPlan} from '../fix/plan.js'
import type {SuiteModel} from '../suite/model.js'
import {splitBom} from '../fix/text.js'
import {relativePath} from '../reporters/common.js'
import type {Annotation} from './annotations.js'
import type {DiffLines} from './changed-files.js'
import {fenceFor, text} from './summary.js'

export interface Suggestion {
  /** Relative to the workspace, `/`-separated. */
  file: string
  /** The lines replaced, 1-based, inclusive. */
  startLine: number
  endLine: number
  /** Their fixed text, one entry a line (no line endings). */
  lines: string[]
  /** The findings the fix answers (rule id and message). */
  findings: Array<{rule: string; message: string}>
}

/** A review comment already on the pull request, as the API lists it. */
export interface PostedComment {
  path: string
  line: number | null | undefined
  start_line?: number | null | undefined
  body: string
}

/** A review comment to post (the Reviews API's `comments[]`). */
export interface ReviewComment {
  path: string
  line: number
  side: 'RIGHT'
  start_line?: number
  start_side?: 'RIGHT'
  body: string
}

/** Controls, separators and bidirectional overrides: never in a suggestion. */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

/**
 * The suggestions of a plan's edits (a plan without renames): per file, each run
 * of consecutive changed lines. A file whose line count the fix changes is left
 * out (a suggestion replaces lines one for one here).
 */
export function suggestionsOf(
  plan: FixPlan,
  workspace: string,
  read: (file: string) => string | undefined,
  annotations: Annotation[]
): Suggestion[] {
  const found: Suggestion[] = []
  for (const [file, after] of plan.edits) {
    const before = read(file)
    if (before === undefined) continue
    const old = linesOf(before)
    const fixed = linesOf(after)
    if (old.length !== fixed.length) continue
    const shown = relativePath(workspace, path.resolve(file))
    for (let index = 0; index < old.length; index++) {
      if (old[index] === fixed[index]) continue
      let end = index
      while (end + 1 < old.length && old[end + 1] !== fixed[end + 1]) end++
      const lines = fixed.slice(index, end + 1)
      if (!lines.some((line) => unsafe.test(line))) {
        found.push({
          file: shown,
          startLine: index + 1,
          endLine: end + 1,
          lines,
          findings: annotations
            .filter(
              (each) =>
                each.file === shown && each.startLine >= index + 1 && each.startLine <= end + 1
            )
            .map((each) => ({rule: each.title, message: each.message}))
        })
      }
      index = end
    }
  }
  return found.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.startLine - b.startLine
  )
}

/** A text's lines, without its BOM and line endings. */
function linesOf(raw: string): string[] {
  return splitBom(raw).body.split(/\r\n|\r|\n/)
}

/** Whether the pull request's diff shows every line a suggestion replaces (one hunk holds them all). */
export function inDiff(suggestion: Suggestion, diff: Map<string, DiffLines>): boolean {
  return (diff.get(suggestion.file) ?? []).some(
    ([start, end]) => suggestion.startLine >= start && suggestion.endLine <= end
  )
}

/** The comment for a suggestion: what it fixes (escaped), then the suggestion block. */
export function commentOf(suggestion: Suggestion): ReviewComment {
  const fence = fenceFor(suggestion.lines)
  const why = suggestion.findings.length
    ? suggestion.findings.map((each) => `${text(each.rule)}: ${text(each.message)}`).join('\n\n')
    : 'A fix tdd\\-prompt\\-lint \\-\\-fix would make\\.'
  const body = `**tdd-prompt-lint** suggests:\n\n${why}\n\n${fence}suggestion\n${suggestion.lines.join('\n')}\n${fence}\n`
  return {
    path: suggestion.file,
    line: suggestion.endLine,
    side: 'RIGHT',
    ...(suggestion.startLine < suggestion.endLine
      ? {start_line: suggestion.startLine, start_side: 'RIGHT' as const}
      : {}),
    body
  }
}

/** The lines a comment's first `suggestion` block proposes, or `undefined`. */
export function suggestedLines(body: string): string | undefined {
  const match = /^(`{3,})suggestion[ \t]*\r?\n([\s\S]*?)\r?\n?\1[ \t]*$/m.exec(body)
  return match ? (match[2] ?? '').replace(/\r\n/g, '\n') : undefined
}

/** Whether the same suggestion (file, lines, text) is already on the pull request, whoever wrote it. */
export function alreadyPosted(comment: ReviewComment, posted: PostedComment[]): boolean {
  const proposed = suggestedLines(comment.body)
  return posted.some(
    (each) =>
      each.path === comment.path &&
      each.line === comment.line &&
      (each.start_line ?? null) === (comment.start_line ?? null) &&
      suggestedLines(each.body) === proposed
  )
}

/**
 * `--fix`'s plan for a run, from the files with findings: its edits as
 * suggestions (planned without the renames, which a suggestion cannot make and
 * whose reference edits would break links until the rename is made), its
 * renames (relative paths) for the summary. A conflict gives neither.
 */
export function planSuggestions(
  results: VFile[],
  model: SuiteModel,
  workspace: string,
  annotations: Annotation[]
): {suggestions: Suggestion[]; renames: Array<{from: string; to: string}>} {
  const fixable = results.filter((file) => file.messages.length > 0)
  if (fixable.length === 0) return {suggestions: [], renames: []}
  const edits = planFixes(withoutRenames(fixable), model, {cwd: workspace})
  const suggestions = isConflict(edits)
    ? []
    : suggestionsOf(edits, workspace, diskReader, annotations)
  const renaming = fixable.some((file) => file.messages.some((each) => each.ruleId === 'file-name'))
  const full = renaming ? planFixes(fixable, model, {cwd: workspace}) : undefined
  const renames =
    !full || isConflict(full)
      ? []
      : full.renames.map(({from, to}) => ({
          from: relativePath(workspace, from),
          to: relativePath(workspace, to)
        }))
  return {suggestions, renames}
}

/** Results without the `file-name` findings: the plan they give has the edits and no renames. */
export function withoutRenames(results: VFile[]): VFile[] {
  return results.map((file) => {
    const copy = Object.create(file) as VFile
    copy.messages = file.messages.filter((message) => message.ruleId !== 'file-name')
    return copy
  })
}
