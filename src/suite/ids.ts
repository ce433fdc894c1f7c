/**
 * Requirement IDs as text: the words of a line shaped like an ID (`L1-2.2`,
 * `FR-3.2`, `REQ-012`, `L2.1`), and the lines of a requirement document that
 * define one (a table row whose first cell is an ID, a heading or a line that
 * starts with one). Which words are citations is decided later, by the scheme
 * the requirement documents of a scope define (src/suite/requirements.ts).
 *
 * Every scan is a loop over the line's characters, each read a bounded number
 * of times: no pattern here can backtrack.
 */

/** A word shaped like an ID, where it stands on its line (1-based column). */
export interface IdWord {
  value: string
  column: number
}

/** An ID a line defines: as written, and the text after it on the line. */
export interface IdDefinition {
  /** `1.1` (a bare table cell) or an explicit `L2-3.1`, `FR-3.2`, `REQ-012`. */
  id: string
  /** The rest of the line, markup included. */
  rest: string
  form: 'row' | 'heading' | 'line'
}

/** An explicit ID split in its parts: `SYS-REQ` `-` `001`. */
export interface IdParts {
  prefix: string
  separator: string
  number: string
}

/** Longest ID-shaped word considered: a longer run of word characters is no ID. */
const maxWord = 48

const isUpper = (char: string | undefined) => char !== undefined && char >= 'A' && char <= 'Z'
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'
const isAlnum = (char: string | undefined) =>
  char !== undefined &&
  ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9'))
const isWordChar = (char: string | undefined) => isAlnum(char) || char === '_'

/**
 * The words of a line shaped like an ID: a run of letters and digits, joined by
 * `-`, `_` or `.`, that starts with a capital letter after a non-word
 * character and holds a digit.
 */
export function idWords(raw: string): IdWord[] {
  const found: IdWord[] = []
  // No digit, no ID: most lines of prose end here.
  if (!anyDigit.test(raw)) return found
  for (const match of raw.matchAll(idWord)) {
    const value = match[0]
    if (value.length <= maxWord && anyDigit.test(value)) {
      found.push({value, column: match.index + 1})
    }
  }
  return found
}

const anyDigit = /[0-9]/
// A capital after a non-word character, then letters and digits, each `-`, `_` or `.`
// followed by one; the alternatives never overlap, so the pattern cannot backtrack.
const idWord = /(?<![A-Za-z0-9_])[A-Z](?:[A-Za-z0-9]|[-_.](?=[A-Za-z0-9]))*/g

/**
 * An explicit ID at the start of `text`: a capital letter, capitals and digits
 * (segments joined by `-`/`_` for a prefix like `SYS-REQ`), then `-` or `_`
 * and a dotted number (`L3-1.1`, `REQ-012`, `NFR-1`). `undefined` when `text`
 * does not start with one, or the ID runs on into a word.
 */
export function explicitId(text: string): IdParts | undefined {
  if (!isUpper(text[0])) return undefined
  let at = 0
  let join: string | undefined
  for (;;) {
    while (isUpper(text[at]) || isDigit(text[at])) at++
    join = text[at]
    if (join !== '-' && join !== '_') return undefined
    if (!isUpper(text[at + 1])) break
    at++
  }
  if (!isDigit(text[at + 1])) return undefined
  const prefixEnd = at
  const separator = join
  at++
  const numberStart = at
  for (;;) {
    const start = at
    while (isDigit(text[at]) && at - start < 4) at++
    if (at === start || isDigit(text[at])) return undefined
    if (text[at] === '.' && isDigit(text[at + 1])) {
      at++
      continue
    }
    break
  }
  if (isWordChar(text[at]) || at > maxWord) return undefined
  return {prefix: text.slice(0, prefixEnd), separator, number: text.slice(numberStart, at)}
}

/** A bare dotted number, the whole of `text`: `1.1`, `2.3.4` (a table cell of a leveled document). */
function bareId(text: string): boolean {
  let at = 0
  let parts = 0
  for (;;) {
    const start = at
    while (isDigit(text[at]) && at - start < 3) at++
    if (at === start) return false
    parts++
    if (text[at] === '.' && isDigit(text[at + 1])) {
      at++
      continue
    }
    return at === text.length && parts >= 2 && parts <= 4
  }
}

/** `text` without emphasis markers (`**`, `__`) and blanks at both ends. */
function unwrap(text: string): string {
  let start = 0
  let end = text.length
  const skip = (char: string | undefined) =>
    char === '*' || char === '_' || char === ' ' || char === '\t'
  while (start < end && skip(text[start])) start++
  while (end > start && skip(text[end - 1])) end--
  return text.slice(start, end)
}

const listMarker = (text: string): number => {
  if (
    (text[0] === '*' || text[0] === '+' || text[0] === '-') &&
    (text[1] === ' ' || text[1] === '\t')
  )
    return 2
  let at = 0
  while (isDigit(text[at]) && at < 9) at++
  if (
    at > 0 &&
    (text[at] === '.' || text[at] === ')') &&
    (text[at + 1] === ' ' || text[at + 1] === '\t')
  )
    return at + 2
  return 0
}

/** Characters that may stand between an ID and its text: closing marks, emphasis, separators. */
const between = new Set([')', ']', '*', '_', ' ', '\t', ':', '.', '-', '–', '—'])

/**
 * The explicit ID `text` starts with, after emphasis and an opening bracket,
 * and the text after it; `undefined` when the text after it reads on as prose
 * (`L1-1.1 and L1-1.2 …`: a lower-case word, a comma, with no separator
 * between), which cites the ID rather than defines it.
 */
function leadingId(text: string): {id: string; rest: string} | undefined {
  let at = 0
  while (at < text.length && at < 8 && (text[at] === '*' || text[at] === '_')) at++
  if (text[at] === '(' || text[at] === '[') at++
  const parts = explicitId(text.slice(at, at + maxWord + 1))
  if (!parts) return undefined
  const id = parts.prefix + parts.separator + parts.number
  let end = at + id.length
  let separated = false
  while (end < text.length && between.has(text[end] ?? '')) {
    const char = text[end] ?? ''
    if (char !== ' ' && char !== '\t') separated = true
    end++
  }
  const next = text[end]
  if (!separated && next !== undefined && !isUpper(next) && !isDigit(next) && next !== '`')
    return undefined
  return {id, rest: text.slice(end)}
}

/** The ID a table row defines: its first cell, bare (`1.1`) or explicit, bold or not; after a numbering cell (`| 3 | FR-3 |`), the second. */
function rowId(trimmed: string): IdDefinition | undefined {
  const body = trimmed.startsWith('|') ? trimmed.slice(1) : trimmed
  const bar = body.indexOf('|')
  if (bar === -1) return undefined
  const cell = unwrap(body.slice(0, bar))
  const rest = body.slice(bar + 1)
  if (bareId(cell)) return {id: cell, rest, form: 'row'}
  if (wholeId(cell)) return {id: cell, rest, form: 'row'}
  if (!isCount(cell)) return undefined
  const next = rest.indexOf('|')
  if (next === -1) return undefined
  const second = unwrap(rest.slice(0, next))
  return wholeId(second) ? {id: second, rest: rest.slice(next + 1), form: 'row'} : undefined
}

/** Whether `cell` is an explicit ID and nothing else. */
function wholeId(cell: string): boolean {
  const parts = cell.length <= maxWord ? explicitId(cell) : undefined
  return (
    parts !== undefined &&
    parts.prefix.length + parts.separator.length + parts.number.length === cell.length
  )
}

/** A row number: one to four digits, an optional dot. */
function isCount(cell: string): boolean {
  const digits = cell.endsWith('.') ? cell.slice(0, -1) : cell
  if (digits.length === 0 || digits.length > 4) return false
  for (const char of digits) if (!isDigit(char)) return false
  return true
}

/** The ID a line of text defines: a table row whose first cell is one, or a line (a list item) that starts with one. */
export function definitionLine(raw: string): IdDefinition | undefined {
  const trimmed = raw.trim()
  if (trimmed.includes('|')) return rowId(trimmed)
  const start = listMarker(trimmed)
  const found = leadingId(trimmed.slice(start))
  return found ? {...found, form: 'line'} : undefined
}

/** The ID a heading's text starts with: `L3-1.1 Configuration`, `**FR-3.2: Export**`. */
export function definitionHeading(source: string): IdDefinition | undefined {
  const found = leadingId(source.trim())
  return found ? {...found, form: 'heading'} : undefined
}
