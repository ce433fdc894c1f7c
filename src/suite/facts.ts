/**
 * What the suite model knows of a prompt's text, read line by line: its title,
 * its sections (headings and bold labels), its TDD phase, the test files, links,
 * prompt names and requirement IDs it mentions. One pass, no markdown tree, so
 * the model can read every prompt of a repository cheaply; the same function
 * reads the file being linted, so a file alone and a file among its repository
 * are judged by the same facts.
 *
 * What counts:
 * - a heading is an ATX (`## x`) or setext heading outside fenced code and HTML
 *   comments;
 * - a label is a line that starts a paragraph with bold text ending in a colon
 *   (`**Objective:** …`, `**TDD Phase**: Red`);
 * - a section name compares without emphasis, backslash escapes, leading
 *   numbering (`2.`, `2.1`), a trailing colon or a trailing parenthetical.
 */

export interface Place {
  line: number
  column: number
}

export interface Span extends Place {
  endLine: number
  endColumn: number
}

export interface Section extends Span {
  /** Name as compared: lower case, no emphasis, numbering, colon or parenthetical. */
  key: string
  /** Name as written, emphasis and escapes removed. */
  text: string
  /** `0` for a label, else the heading depth. */
  depth: number
  /** Nothing but blank lines and comments before the next section of the same or a higher level. */
  empty: boolean
}

export interface Title extends Span {
  /** Title text without emphasis or escapes. */
  text: string
  /** `Prompt NN` in the title, when there is one. */
  number?: number | undefined
  /** Where the number's digits stand. */
  numberPlace?: Span | undefined
  /** What the title says the prompt is for: `Unit Tests` in `Prompt 01: Unit Tests for X`. */
  subject?: string | undefined
  /** The component in `… for <Component>`. */
  component?: string | undefined
}

export interface Phase extends Span {
  /** The value after the label, as written (`Green (Write the code…)`). */
  value: string
  /** First word, lower case (`green`). */
  word: string
}

export interface Mention extends Span {
  value: string
}

/** A prompt file name mentioned in the text. */
export interface NameMention extends Mention {
  /** The folder written before the name (`testdata/`, `../deployment/`), `''` for a bare name. */
  folder: string
  /** Written after `/`-less text that is not a relative path (a url, an absolute path). */
  external: boolean
  /**
   * What the line says of the name, plain text: the text after it up to the next
   * name on the line, else the text before it back to the previous name.
   */
  description: string
}

/** A table row or a line that defines a requirement: its ID and its text. */
export interface RequirementRow extends Span {
  /** The ID as written, emphasis removed: `1.1` or `L2-3.1`. */
  id: string
  /** The rest of the row, plain text. */
  text: string
}

export interface Facts {
  /** Nothing but white space (and comments). */
  blank: boolean
  title: Title | undefined
  sections: Section[]
  phase: Phase | undefined
  /** Test files named in code spans (`x_test.go`, `x.test.ts`, `test_x.py`, `x_spec.rb`…). */
  testFiles: Mention[]
  /** Link and definition destinations (`[a](b)`, `[a]: b`). */
  links: Mention[]
  /** Prompt file names mentioned anywhere outside fenced code, `\_` escapes removed. */
  promptNames: NameMention[]
  /** Requirement IDs cited (`L1-2.2`). */
  requirements: Mention[]
  /** The test kinds the title or the first paragraphs state (`unit`, `integration`…). */
  testKinds: string[]
  /**
   * Rows that define requirements: table rows whose first cell is an ID (`1.1`,
   * `**2.3**`, `L2-3.1`), and lines that start with an explicit ID
   * (`* **L2-3.1** The system shall…`).
   */
  requirementRows: RequirementRow[]
  /** Lines of the text, for rules that quote a line. */
  lineCount: number
}

const fence = /^ {0,3}(`{3,}|~{3,})/
const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/
const setext = /^ {0,3}(=+|-+)[ \t]*$/
const label = /^ {0,3}(\*\*|__)(?!\s)(.+?)(\*\*|__)\s*(:?)(.*)$/
const listItem = /^ {0,3}([*+-]|\d+[.)])[ \t]/
const codeSpan = /(`+)([^`]+?)\1/g
const linkDestination = /\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g
const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/
const requirementId = /\bL\d{1,2}-\d{1,3}(?:\.\d{1,3})+\b/g
// Characters of a file name as written in plain text (with `\_` escapes), not a path.
const nameChar = /[\w.\\-]/
const pathChar = /[\w.\\/-]/
const maxFolderLength = 255
// A table row whose first cell is a requirement ID, bold or not: `| **1.1** | text |`.
// Each run of blanks is matched by one quantifier: linear.
const idRow =
  /^ {0,3}\|?[ \t]*(?:(?:\*\*|__)[ \t]*)?((?:L\d{1,2}-)?\d{1,3}(?:\.\d{1,3}){1,3})[ \t]*(?:(?:\*\*|__)[ \t]*)?\|(.*)$/
// A line that starts with an explicit ID: `* **L2-3.1** The system…`, `(L2-3.1): …`.
const idLine =
  /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+)?(?:(?:\*\*|__)[ \t]*)?[([]?(L\d{1,2}-\d{1,3}(?:\.\d{1,3}){1,3})[)\]]?[ \t]*(?:(?:\*\*|__)[ \t]*)?(?:[:.\-–—][ \t]*)?(?:(?:\*\*|__)[ \t]*)?(.*)$/
const testFile =
  /(?:^|\/)(?:[\w.-]+_test\.(?:go|py|rs|exs|dart|cc|cpp|c)|[\w.-]+\.(?:test|spec)\.[cm]?[jt]sx?|test_[\w.-]+\.py|[\w.-]+_spec\.rb|[\w.-]+Tests?\.(?:java|kt|cs|swift)|[\w.-]+_tests?\.rs)$/
const kindWords: Array<[string, RegExp]> = [
  ['unit', /\bunit\b/i],
  ['integration', /\bintegration\b/i],
  ['pre-flight', /\bpre[- ]?flight\b/i],
  ['end-to-end', /\b(?:end[- ]to[- ]end|e2e)\b/i],
  ['contract', /\bcontract test/i],
  ['property', /\bproperty(?:-based)? test/i]
]

/** Emphasis markers and backslash escapes removed, white space folded. */
export function plainText(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/(\*\*|__|\*|(?<![\w])_(?=\S)|(?<=\S)_(?![\w]))/g, '')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A section name as compared: no emphasis, escapes, numbering, trailing colon or parenthetical. */
export function sectionKey(text: string): string {
  let key = plainText(text).toLowerCase()
  key = key.replace(/^(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\))\s+/, '')
  for (let previous = ''; previous !== key;) {
    previous = key
    key = key
      .replace(/[\s:.]+$/, '')
      .replace(/\s*\([^()]*\)$/, '')
      .trim()
  }
  return key
}

/** Read a prompt's text. */
export function readFacts(text: string): Facts {
  const lines = text.split(/\r\n|\r|\n/)
  const facts: Facts = {
    blank: true,
    title: undefined,
    sections: [],
    phase: undefined,
    testFiles: [],
    links: [],
    promptNames: [],
    requirements: [],
    testKinds: [],
    requirementRows: [],
    lineCount: lines.length
  }
  let fenced: string | undefined
  let comment = false
  let previousText = false // the line before is paragraph text (for setext and labels)
  let previousListItem = false
  // Front matter that is never closed is no front matter: the rest is markdown (as `front-matter` says).
  let frontMatter =
    (lines[0] === '---' || lines[0] === '+++') && lines.indexOf(lines[0], 1) !== -1
      ? lines[0]
      : undefined
  const contentLines: number[] = [] // 0-based lines that hold content
  const kindText: string[] = []

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? ''
    const line = index + 1
    if (frontMatter !== undefined) {
      if (index > 0 && raw === frontMatter) frontMatter = undefined
      continue
    }
    if (fenced) {
      if (new RegExp(`^ {0,3}${fenced[0]}{${fenced.length},}\\s*$`).test(raw)) fenced = undefined
      contentLines.push(index)
      continue
    }
    if (comment) {
      if (raw.includes('-->')) comment = false
      continue
    }
    const trimmed = raw.trim()
    if (trimmed === '') {
      previousText = false
      previousListItem = false
      continue
    }
    if (/^ {0,3}<!--/.test(raw)) {
      if (!raw.includes('-->')) comment = true
      if (/^\s*<!--[\s\S]*?-->\s*$/.test(raw) || comment) continue
    }
    facts.blank = false
    const open = fence.exec(raw)
    if (open) {
      fenced = open[1]
      contentLines.push(index)
      previousText = false
      continue
    }
    const heading = atx.exec(raw)
    const under = previousText && !previousListItem ? setext.exec(raw) : null
    if (heading || under) {
      const depth = heading ? (heading[1] ?? '#').length : under?.[1]?.startsWith('=') ? 1 : 2
      const at = heading ? index : index - 1
      const source = heading ? (heading[2] ?? '') : (lines[index - 1] ?? '').trim()
      if (under) {
        // The paragraph line above is a heading, not content, after all.
        contentLines.pop()
        facts.sections.pop()
      }
      const text = lines[at] ?? ''
      addSection(facts, source, depth, at, text.search(/\S/) + 1, text.trimEnd().length + 1)
      if (depth === 1 && !facts.title && facts.sections.length === 1) {
        const title = setTitle(facts)
        const digits = /prompt\s*(\d{1,4})/i.exec(text)
        if (title?.number !== undefined && digits?.[1]) {
          const column = digits.index + digits[0].length - digits[1].length + 1
          title.numberPlace = {
            line: at + 1,
            column,
            endLine: at + 1,
            endColumn: column + digits[1].length
          }
        }
      }
      previousText = false
      continue
    }
    scanInline(facts, raw, line)
    const bold: RegExpExecArray | null = previousText ? null : label.exec(raw)
    if (bold && (bold[4] === ':' || (bold[2] ?? '').trimEnd().endsWith(':'))) {
      const name = bold[2] ?? ''
      // A comment after a label is a placeholder, not content.
      const after = (bold[5] ?? '').replace(/<!--.*?-->/g, '').trim()
      addSection(facts, name, 0, index, raw.search(/\S/) + 1, raw.length + 1)
      if (after) contentLines.push(index)
      if (sectionKey(name) === 'tdd phase' && !facts.phase && after) {
        const value = plainText(after)
        facts.phase = {
          value,
          word: (/^[a-z-]+/i.exec(value)?.[0] ?? '').toLowerCase(),
          line,
          column: raw.indexOf(after) + 1,
          endLine: line,
          endColumn: raw.length + 1
        }
      }
    } else {
      contentLines.push(index)
    }
    if (kindText.length < 6) kindText.push(raw)
    previousText = !bold
    previousListItem = listItem.test(raw)
  }
  markEmpty(facts, contentLines)
  const kindSource = [facts.title?.subject ?? facts.title?.text ?? '', ...kindText].join('\n')
  facts.testKinds = testKindsOf(kindSource)
  return facts
}

/** Every test kind a text can state, in that order (`new --kind` takes these). */
export const testKindNames: readonly string[] = kindWords.map(([kind]) => kind)

/** The test kinds a text states (`unit`, `integration`, `pre-flight`…), in a fixed order. */
export function testKindsOf(text: string): string[] {
  return kindWords.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind)
}

function addSection(
  facts: Facts,
  source: string,
  depth: number,
  index: number,
  column: number,
  endColumn = column + source.length
): void {
  const text = plainText(source)
  facts.sections.push({
    key: sectionKey(source),
    text,
    depth,
    line: index + 1,
    column: Math.max(column, 1),
    endLine: index + 1,
    endColumn,
    empty: false
  })
}

function setTitle(facts: Facts): Title | undefined {
  const section = facts.sections[0]
  if (!section) return undefined
  facts.sections.shift()
  const text = section.text
  const title: Title = {...section, text}
  const numbered = /^(?:.*?\b)?prompt\s*(\d{1,4})[a-z]?\b\s*[:.\-–—]?\s*(.*)$/i.exec(text)
  if (numbered) {
    title.number = Number.parseInt(numbered[1] ?? '', 10)
    const rest = (numbered[2] ?? '').trim()
    const forMatch = /^(.*?)\s+for\s+(?:the\s+)?(.+?)$/i.exec(rest)
    title.subject = forMatch ? forMatch[1] : rest
    title.component = forMatch?.[2]
  }
  facts.title = title
  return title
}

/**
 * A label is empty when nothing follows it, on its line or below, before the next
 * section; a heading when neither content nor a deeper section stands before the
 * next heading of its level or higher. Linear in the number of sections.
 */
function markEmpty(facts: Facts, contentLines: number[]): void {
  const sections = facts.sections
  const content = contentLines.map((index) => index + 1).sort((a, b) => a - b)
  const own = new Set(content)
  // The heading that closes each section: the next one of the same or a higher level.
  const closing: number[] = new Array<number>(sections.length).fill(Number.POSITIVE_INFINITY)
  const open: number[] = []
  sections.forEach((section, index) => {
    if (section.depth === 0) return
    while (open.length > 0) {
      const top = open[open.length - 1] ?? 0
      if ((sections[top]?.depth ?? 0) < section.depth) break
      closing[top] = section.line
      open.pop()
    }
    open.push(index)
  })
  sections.forEach((section, index) => {
    const next = sections[index + 1]?.line ?? Number.POSITIVE_INFINITY
    if (section.depth === 0 && own.has(section.line)) return
    const end = section.depth === 0 ? next : (closing[index] ?? Number.POSITIVE_INFINITY)
    if (next < end) return
    const after = firstAfter(content, section.line)
    section.empty = after === undefined || after >= end
  })
}

/** The first value in sorted `values` greater than `line`. */
function firstAfter(values: number[], line: number): number | undefined {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((values[middle] ?? 0) <= line) low = middle + 1
    else high = middle
  }
  return values[low]
}

function scanInline(facts: Facts, raw: string, line: number): void {
  for (const match of raw.matchAll(codeSpan)) {
    const value = (match[2] ?? '').trim()
    const name = value.replace(/^\.\//, '')
    if (testFile.test(name)) facts.testFiles.push(mention(name, line, match.index + 1, match[0]))
  }
  for (const match of raw.matchAll(linkDestination)) {
    const value = match[1] ?? ''
    facts.links.push(mention(value, line, match.index + 2, match[0].slice(1)))
  }
  const defined = definition.exec(raw)
  if (defined?.[1]) facts.links.push(mention(defined[1], line, raw.indexOf(defined[1]) + 1))
  const lower = raw.toLowerCase()
  const names: NameMention[] = []
  for (let at = lower.indexOf('prompt'); at !== -1;) {
    let start = at
    while (start > 0 && nameChar.test(raw[start - 1] ?? '')) start--
    let end = at + 6
    while (end < raw.length && nameChar.test(raw[end] ?? '')) end++
    const word = raw.slice(start, end)
    const source = trimEnd(word, dotsAndEscapes)
    if (/\.(?:md|markdown)$/i.test(source)) {
      // The folder written before the name, bounded so that a line of slashes stays linear.
      let from = start
      while (from > 0 && start - from < maxFolderLength && pathChar.test(raw[from - 1] ?? ''))
        from--
      const folder = raw[start - 1] === '/' ? raw.slice(from, start).replace(/\\(.)/g, '$1') : ''
      const external =
        folder.startsWith('/') ||
        (from > 0 && raw[from - 1] === ':') ||
        /^[a-z][a-z0-9+.-]*:/i.test(folder)
      names.push({
        ...mention(source.replace(/\\(.)/g, '$1'), line, start + 1, source),
        folder: external ? '' : folder,
        external,
        description: ''
      })
    }
    at = lower.indexOf('prompt', end)
  }
  describeNames(raw, names)
  facts.promptNames.push(...names)
  const row = requirementRow(raw, line)
  if (row) facts.requirementRows.push(row)
  if (/L\d/.test(raw)) {
    for (const match of raw.matchAll(requirementId)) {
      facts.requirements.push(mention(match[0], line, match.index + 1))
    }
  }
}

function mention(value: string, line: number, column: number, source = value): Mention {
  return {value, line, column, endLine: line, endColumn: column + source.length}
}

/** Set each name's description: the text after it up to the next name, else the text before it. */
function describeNames(raw: string, names: NameMention[]): void {
  names.forEach((name, index) => {
    const previous = names[index - 1]
    const next = names[index + 1]
    const after = raw.slice(
      name.endColumn - 1,
      next ? next.column - 1 - next.folder.length : raw.length
    )
    const before = raw.slice(
      previous ? previous.endColumn - 1 : 0,
      name.column - 1 - name.folder.length
    )
    const clean = (text: string) => trimEnd(trimStart(plainText(text), leading), trailing)
    const text = clean(after)
    name.description = /[a-z]{2}/i.test(text)
      ? text
      : clean(before.replace(/^ {0,3}(?:[*+-]|\d{1,9}[.)])[ \t]/, ''))
  })
}

const leading = new Set(' :;,.-–—)]>')
const dotsAndEscapes = new Set('.\\')
const trailing = new Set(' :;,-–—([<')

/** `text` without the characters of `set` at its start (a loop, not a regex: linear). */
function trimStart(text: string, set: Set<string>): string {
  let index = 0
  while (index < text.length && set.has(text[index] ?? '')) index++
  return text.slice(index)
}

function trimEnd(text: string, set: Set<string>): string {
  let index = text.length
  while (index > 0 && set.has(text[index - 1] ?? '')) index--
  return text.slice(0, index)
}

/** The requirement a line defines, if it is a table row whose first cell is an ID or starts with an explicit ID. */
function requirementRow(raw: string, line: number): RequirementRow | undefined {
  if (!/\d/.test(raw)) return undefined
  const match = raw.includes('|') ? idRow.exec(raw) : raw.includes('L') ? idLine.exec(raw) : null
  if (!match?.[1]) return undefined
  const text = plainText((match[2] ?? '').replace(/\|/g, ' '))
  if (!text) return undefined
  const column = raw.search(/\S/) + 1
  return {id: match[1], text, line, column, endLine: line, endColumn: raw.trimEnd().length + 1}
}
