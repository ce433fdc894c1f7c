/**
 * Replacing ranges of a file's text without touching any other byte: positions
 * are lines and columns of the text as the linter read it (a byte order mark
 * removed), and the mark and every line ending are kept as they are.
 */

/** One replacement: the text in `[start, end)` (offsets into the text without its BOM) becomes `text`. */
export interface Replacement {
  start: number
  end: number
  text: string
  /** What asked for it, for a conflict's message. */
  why: string
}

/** A 1-based line and column, as the rules and the line scanner give them. */
export interface Point {
  line: number
  column: number
}

const bom = '\uFEFF'

/** A file's text split into its byte order mark and the rest. */
export function splitBom(raw: string): {bom: string; body: string} {
  return raw.startsWith(bom) ? {bom, body: raw.slice(1)} : {bom: '', body: raw}
}

/** Offsets where each line starts (any of `\r\n`, `\r`, `\n` ends a line). */
export function lineStarts(body: string): number[] {
  const starts = [0]
  for (const match of body.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

/** The offset of a point, or `undefined` when the text has no such line or column. */
export function offsetOf(starts: number[], body: string, point: Point): number | undefined {
  const lineStart = starts[point.line - 1]
  if (lineStart === undefined || point.column < 1) return undefined
  const next = starts[point.line]
  const lineEnd = next === undefined ? body.length : lineEndOf(body, next)
  const offset = lineStart + point.column - 1
  return offset <= lineEnd ? offset : undefined
}

function lineEndOf(body: string, nextStart: number): number {
  if (body[nextStart - 1] === '\n' && body[nextStart - 2] === '\r') return nextStart - 2
  return nextStart - 1
}

/** Replacements sorted and checked: identical duplicates merged; overlapping ones are a conflict (its reason). */
export function normalize(replacements: Replacement[]): Replacement[] | string {
  const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Replacement[] = []
  for (const each of sorted) {
    const last = kept.at(-1)
    if (last && last.start === each.start && last.end === each.end && last.text === each.text)
      continue
    if (last && each.start < last.end) return `${last.why} and ${each.why} change the same text`
    kept.push(each)
  }
  return kept
}

/** Apply sorted, non-overlapping replacements to a body. */
export function applyReplacements(body: string, replacements: Replacement[]): string {
  let out = ''
  let at = 0
  for (const each of replacements) {
    out += body.slice(at, each.start) + each.text
    at = each.end
  }
  return out + body.slice(at)
}
