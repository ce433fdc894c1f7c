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

import {definitionHeading, definitionLine, idWords, type IdDefinition} from './ids.js'

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

/** A markdown file name written in the text: a link, a heading or prose (code spans, bold, plain, escaped). */
export interface FileMention extends Mention {
  /** The folder written before the name (`docs/`, `../x/`, a url's head), `''` for a bare name. */
  folder: string
  /** Part of a url or an absolute path: no reference to a file of the repository. */
  external: boolean
  /** In a link (its destination or its text), a heading, a heading that is only a file name (`label`), or prose. */
  where: 'link' | 'heading' | 'label' | 'text'
  /** The key of the section it stands under (`dependencies`), `''` before any. */
  section: string
  /** On a list item or a table row (a plan's entry, a dependency). */
  listed: boolean
}

/** A table row, heading or line that defines a requirement: its ID and its text. */
export interface RequirementRow extends Span {
  /** The ID as written, emphasis removed: `1.1`, `L2-3.1`, `FR-3.2`. */
  id: string
  /**
   * Plain text: the rest of a table row; for a heading or a line, the rest of it
   * and the text under it (up to the next definition, heading, table or rule).
   */
  text: string
  form: 'row' | 'heading' | 'line'
}

export interface Facts {
  /** Nothing but white space (and comments). */
  blank: boolean
  title: Title | undefined
  sections: Section[]
  phase: Phase | undefined
  /**
   * Test files named in code spans or plain text, `\_` escapes removed (`x_test.go`,
   * `x.test.ts`, `test_x.py`, `x_spec.rb`…).
   */
  testFiles: Mention[]
  /** Link and definition destinations (`[a](b)`, `[a]: b`). */
  links: Mention[]
  /** Prompt file names mentioned anywhere outside fenced code, `\_` escapes removed. */
  promptNames: NameMention[]
  /** Markdown file names (prompt files or not) mentioned outside fenced code, `\_` escapes removed. */
  fileNames: FileMention[]
  /**
   * Words shaped like a requirement ID (`L1-2.2`, `FR-3.2`, `L2.1`): which of
   * them cite a requirement is decided by the scheme of the requirement
   * documents in scope.
   */
  requirements: Mention[]
  /** The test kinds the title or the first paragraphs state (`unit`, `integration`…). */
  testKinds: string[]
  /**
   * What defines requirements: table rows whose first cell is an ID (`1.1`,
   * `**2.3**`, `L2-3.1`), headings (`### L3-1.1 Configuration`) and lines
   * (`* **FR-3.2** The system shall…`) that start with an explicit ID.
   */
  requirementRows: RequirementRow[]
  /** Lines of the text, for rules that quote a line. */
  lineCount: number
}

const fence = /^ {0,3}(`{3,}|~{3,})/
// An ATX heading's opening: its text and closing sequence are taken apart by `atxHeading`,
// linearly (`(.*?)[ \t]*#*[ \t]*$` is cubic on a run of blanks).
const atxOpen = /^ {0,3}(#{1,6})(.*)$/
const setext = /^ {0,3}(=+|-+)[ \t]*$/
// `[^]` rather than `.`: a line separator (U+2028) at the end would make `(.*)$` fail and
// the lazy name retry every later `**` (quadratic).
const label = /^ {0,3}(\*\*|__)(?!\s)([^]+?)(\*\*|__)\s*(:?)([^]*)$/
const listItem = /^ {0,3}([*+-]|\d+[.)])[ \t]/
const codeSpan = /(`+)([^`]+?)\1/g
const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/
// Characters of a file name as written in plain text (with `\_` escapes), not a path.
const nameChar = /[\w.\\-]/
const pathChar = /[\w.\\/-]/
const testOrSpec = /test|spec/i
const promptWord = /prompt/i
const maxFolderLength = 255
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
  return withoutTrailing(key).trim()
}

const trailingPunctuation = /[\s:.]/
const space = /\s/

/**
 * `key` without trailing white space, colons, dots and parentheticals (`(Concise)`),
 * repeatedly; one backward pass over indexes (replacing one at a time is
 * quadratic on a heading of dots or of many ` (a)`).
 */
function withoutTrailing(key: string): string {
  let end = key.length
  for (;;) {
    while (end > 0 && trailingPunctuation.test(key[end - 1] ?? '')) end--
    if (key[end - 1] !== ')') break
    const open = key.lastIndexOf('(', end - 2)
    if (open === -1 || key.lastIndexOf(')', end - 2) > open) break
    end = open
    while (end > 0 && space.test(key[end - 1] ?? '')) end--
  }
  return key.slice(0, end)
}

/**
 * An ATX heading: its depth and text, the closing sequence removed (`## x ##` →
 * 2, `x`), as `/^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/` reads it, but linearly.
 */
export function atxHeading(raw: string): {depth: number; text: string} | undefined {
  const open = atxOpen.exec(raw)
  if (!open) return undefined
  const depth = (open[1] ?? '#').length
  const rest = open[2] ?? ''
  if (rest === '' || rest[0] === ' ' || rest[0] === '\t') {
    const text = trimEnd(trimEnd(trimEnd(trimStart(rest, blanks), blanks), hashes), blanks)
    return {depth, text}
  }
  // Only more `#` (a seventh one) and blanks: a heading with no text.
  return /^#*[ \t]*$/.test(rest) ? {depth, text: ''} : undefined
}

const blanks = new Set(' \t')
const hashes = new Set('#')

/**
 * Link destinations in a line (`](target)`, `](<target> "title")`), as
 * `/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g` finds them, but linearly: a
 * destination stops at a `]` (a line of `](` would otherwise rescan the rest of
 * the line from each one), and the next `)` is looked up once per run.
 */
export function linkDestinations(raw: string): Array<{value: string; index: number; end: number}> {
  const found: Array<{value: string; index: number; end: number}> = []
  // The next `)` at or after a position, found again only when the position passes it.
  let close = -1
  let closeFrom = Number.POSITIVE_INFINITY
  const nextClose = (from: number) => {
    if (from < closeFrom || (close !== -1 && close < from)) {
      close = raw.indexOf(')', from)
      closeFrom = from
    }
    return close
  }
  for (let at = raw.indexOf(']('); at !== -1;) {
    let index = at + 2
    while (index < raw.length && space.test(raw[index] ?? '')) index++
    const end = destinationEnd(raw, index, nextClose)
    if (end === undefined) {
      at = raw.indexOf('](', at + 1)
      continue
    }
    found.push({...end, index: at})
    at = raw.indexOf('](', end.end)
  }
  return found
}

/** The destination starting at `start` (after `](` and blanks) and where its link ends, if it is one. */
function destinationEnd(
  raw: string,
  start: number,
  nextClose: (from: number) => number
): {value: string; end: number} | undefined {
  // With `<` taken as the destination's bracket first, then as part of it.
  for (const from of raw[start] === '<' ? [start + 1, start] : [start]) {
    let end = from
    while (end < raw.length && !destinationStop.test(raw[end] ?? '')) end++
    if (end === from) continue
    const value = raw.slice(from, end)
    let after = end
    if (raw[after] === '>') after++
    if (raw[after] === ')') return {value, end: after + 1}
    // A title: blanks, a quote or `(`, anything up to the next `)`.
    let title = after
    while (title < raw.length && space.test(raw[title] ?? '')) title++
    if (title > after && title < raw.length && `"'(`.includes(raw[title] ?? '')) {
      const close = nextClose(title + 1)
      if (close !== -1) return {value, end: close + 1}
    }
  }
  return undefined
}

const destinationStop = /[)\s>\]]/

/** `text` without HTML comments (`<!-- … -->`), linearly; a comment never spans a line separator. */
function withoutComments(text: string): string {
  return text
    .split(/(?=[\u2028\u2029])/)
    .map((part) => {
      let out = ''
      let at = 0
      for (let open = part.indexOf('<!--'); open !== -1; open = part.indexOf('<!--', at)) {
        const close = part.indexOf('-->', open + 4)
        if (close === -1) break
        out += part.slice(at, open)
        at = close + 3
      }
      return out + part.slice(at)
    })
    .join('')
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
    fileNames: [],
    requirements: [],
    testKinds: [],
    requirementRows: [],
    lineCount: lines.length
  }
  let fenceEnd: RegExp | undefined // the closing fence of the fenced code the line is in
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
  let requirement: OpenRequirement | undefined // the requirement the next lines continue

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? ''
    const line = index + 1
    if (frontMatter !== undefined) {
      if (index > 0 && raw === frontMatter) frontMatter = undefined
      continue
    }
    if (fenceEnd) {
      if (fenceEnd.test(raw)) fenceEnd = undefined
      contentLines.push(index)
      continue
    }
    if (comment) {
      if (raw.includes('-->')) comment = false
      continue
    }
    const trimmed = raw.trim()
    if (trimmed === '') {
      if (requirement?.paragraph) requirement = undefined
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
      const marks = open[1] ?? '```'
      fenceEnd = new RegExp(`^ {0,3}${marks[0]}{${marks.length},}\\s*$`)
      contentLines.push(index)
      previousText = false
      continue
    }
    const heading = atxHeading(raw)
    const under = previousText && !previousListItem ? setext.exec(raw) : null
    if (heading || under) {
      requirement = undefined
      const depth = heading ? heading.depth : under?.[1]?.startsWith('=') ? 1 : 2
      const at = heading ? index : index - 1
      const source = heading ? heading.text : (lines[index - 1] ?? '').trim()
      if (under) {
        // The paragraph line above is a heading, not content, after all.
        contentLines.pop()
        facts.sections.pop()
      }
      const text = lines[at] ?? ''
      if (under) facts.fileNames = facts.fileNames.filter((each) => each.line !== at + 1)
      // A heading that is only a file name (`### **prompt\_03\_envelope.md**`) labels the file: no section.
      const labelled = fileNameHeading.test(plainText(source))
      scanFileNames(facts, text, at + 1, labelled ? 'label' : 'heading', '', false)
      if (labelled) {
        previousText = false
        continue
      }
      addSection(facts, source, depth, at, text.search(/\S/) + 1, text.trimEnd().length + 1)
      if (heading) {
        const row = requirementRow(definitionHeading(source), raw, line)
        if (row) facts.requirementRows.push(row)
        requirement = openRequirement(row)
      }
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
    const defined = requirementRow(definitionLine(raw), raw, line)
    if (defined) {
      facts.requirementRows.push(defined)
      requirement = openRequirement(defined)
    } else if (requirement) {
      if (trimmed.startsWith('|') || isRule(trimmed)) requirement = undefined
      else continueRequirement(requirement, raw)
    }
    const bold: RegExpExecArray | null = previousText ? null : label.exec(raw)
    if (bold && (bold[4] === ':' || (bold[2] ?? '').trimEnd().endsWith(':'))) {
      const name = bold[2] ?? ''
      // A comment after a label is a placeholder, not content.
      const after = withoutComments(bold[5] ?? '').trim()
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
    const listed = listItem.test(raw) || /^ {0,3}\|/.test(raw)
    scanFileNames(facts, raw, line, 'text', facts.sections.at(-1)?.key ?? '', listed)
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
  // The line with its code spans blanked, for the plain-text scans below.
  let plain = raw
  if (raw.includes('`')) {
    const parts: string[] = []
    let after = 0
    codeSpan.lastIndex = 0
    for (let match = codeSpan.exec(raw); match; match = codeSpan.exec(raw)) {
      const value = (match[2] ?? '').trim()
      const name = value.replace(/^\.\//, '')
      if (testFile.test(name)) facts.testFiles.push(mention(name, line, match.index + 1, match[0]))
      parts.push(raw.slice(after, match.index), ' '.repeat(match[0].length))
      after = codeSpan.lastIndex
    }
    parts.push(raw.slice(after))
    plain = parts.join('')
  }
  // Test files written in plain text (`billing/invoice\_test.go`), outside code spans and urls:
  // the run of path characters around each `test` or `spec`, each run read once.
  if (testOrSpec.test(raw)) {
    const said = /test|spec/gi
    for (let found = said.exec(plain); found; found = said.exec(plain)) {
      let start = found.index
      while (start > 0 && pathChar.test(plain[start - 1] ?? '')) start--
      let end = found.index + 4
      while (end < plain.length && pathChar.test(plain[end] ?? '')) end++
      said.lastIndex = end
      const word = plain.slice(start, end)
      // Every test file name has an extension: most words end here.
      if (!word.includes('.') || plain[start - 1] === ':') continue
      const source = trimEnd(word, dotsAndEscapes)
      const name = source.replace(/\\(.)/g, '$1').replace(/^\.\//, '')
      if (testFile.test(name)) facts.testFiles.push(mention(name, line, start + 1, source))
    }
  }
  for (const link of linkDestinations(raw)) {
    facts.links.push(mention(link.value, line, link.index + 2, raw.slice(link.index + 1, link.end)))
  }
  const defined = definition.exec(raw)
  if (defined?.[1]) facts.links.push(mention(defined[1], line, raw.indexOf(defined[1]) + 1))
  const names: NameMention[] = []
  const lower = promptWord.test(raw) ? raw.toLowerCase() : ''
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
  for (const word of idWords(raw)) facts.requirements.push(mention(word.value, line, word.column))
}

// A markdown extension not followed by a word character (`x.md`, `x.md)`, `x.md#a`; not `x.mdx`).
const markdownEnd = /\.(?:md|markdown)(?!\w)/gi
const maxNameLength = 255
const fileNameHeading = /^[\w.-]{1,255}\.(?:md|markdown)$/i
const maxTokenLength = 1024

/**
 * The markdown file names of a line: the name (letters, digits, `_`, `-`, `.`,
 * `\_` escapes) before each `.md`, the folder written before it, and whether
 * it is in a link or a url. Every walk back is bounded: linear in the line.
 */
function scanFileNames(
  facts: Facts,
  raw: string,
  line: number,
  where: FileMention['where'],
  section: string,
  listed: boolean
): void {
  if (!/\.m(?:d|arkdown)/i.test(raw)) return
  const inLink = linkSpans(raw)
  for (const match of raw.matchAll(markdownEnd)) {
    const end = match.index + match[0].length
    let start = match.index
    while (start > 0 && match.index - start < maxNameLength && nameChar.test(raw[start - 1] ?? ''))
      start--
    if (start > 0 && nameChar.test(raw[start - 1] ?? '')) continue
    const source = trimStart(raw.slice(start, end), dotsAndEscapes)
    start = end - source.length
    const value = source.replace(/\\(.)/g, '$1')
    if (!/[\w]/.test(value.slice(0, -match[0].length))) continue
    let from = start
    while (from > 0 && start - from < maxFolderLength && pathChar.test(raw[from - 1] ?? '')) from--
    const folder = raw[start - 1] === '/' ? raw.slice(from, start).replace(/\\(.)/g, '$1') : ''
    // The token the name ends: back to white space, a bracket or a quote (bounded).
    let token = from
    while (token > 0 && from - token < maxTokenLength && !/[\s(<[`"'*]/.test(raw[token - 1] ?? ''))
      token--
    const head = raw.slice(token, from)
    const external =
      folder.startsWith('/') ||
      /^(?:[a-z][a-z0-9+.-]*:|www\.)/i.test(head + folder) ||
      head.includes('://')
    facts.fileNames.push({
      ...mention(value, line, start + 1, source),
      folder: external ? head + folder : folder,
      external,
      where: inLink(start, end) ? 'link' : where,
      section,
      listed
    })
  }
}

/**
 * Whether a name at `[start, end)` stands inside a link of the line (its text or
 * destination, or a link definition). Asked with names in the order of the
 * line, it walks the links once: linear in the line.
 */
function linkSpans(raw: string): (start: number, end: number) => boolean {
  const spans: Array<[number, number]> = []
  // The last `[` before each link's `](`, found walking forward once.
  let open = -1
  let previous = 0
  for (const link of linkDestinations(raw)) {
    for (let next = raw.indexOf('[', open + 1); next !== -1 && next < link.index;) {
      open = next
      next = raw.indexOf('[', open + 1)
    }
    spans.push([open >= previous ? open : link.index, link.end])
    previous = link.end
  }
  const defined = definition.exec(raw)?.[0].length ?? 0
  let at = 0
  return (start, end) => {
    if (end <= defined) return true
    // A span that ends before this name does before every later one.
    while (at < spans.length && spans[at]![1] < end) at++
    const span = spans[at]
    return span !== undefined && start >= span[0] && end <= span[1]
  }
}

function mention(value: string, line: number, column: number, source = value): Mention {
  return {value, line, column, endLine: line, endColumn: column + source.length}
}

/** Set each name's description: the text after it up to the next name, else the text before it. */
function describeNames(raw: string, names: NameMention[]): void {
  const row = /^ {0,3}\|/.test(raw)
  names.forEach((name, index) => {
    const previous = names[index - 1]
    const next = names[index + 1]
    let stop = next ? next.column - 1 - next.folder.length : raw.length
    // In a table row, what a name's cells say: up to the cell of the next name.
    if (next && row) stop = Math.max(raw.lastIndexOf('|', stop), name.endColumn - 1)
    // The next name in a link: its link text (`[green](…)`) says what that name is, not this one.
    else if (next && /\]\(<?$/.test(raw.slice(Math.max(stop - 3, 0), stop)))
      stop = Math.max(raw.lastIndexOf('[', stop), name.endColumn - 1)
    const after = raw.slice(name.endColumn - 1, stop)
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

/** The requirement a heading or a line defines, if any: its ID and the text after it. */
function requirementRow(
  found: IdDefinition | undefined,
  raw: string,
  line: number
): RequirementRow | undefined {
  if (!found) return undefined
  const text = plainText(found.rest.replace(/\|/g, ' '))
  if (!text && found.form === 'row') return undefined
  const column = raw.search(/\S/) + 1
  return {
    id: found.id,
    text,
    form: found.form,
    line,
    column,
    endLine: line,
    endColumn: raw.trimEnd().length + 1
  }
}

/** Longest text kept for a requirement. */
const maxRequirementText = 2000
const modal = /\b(?:shall|must|should|may|will)\b/i

/**
 * The requirement whose text the next lines continue: a heading's or a line's
 * (a table row is whole). A line that already says what is required ends at a
 * blank line; a heading or a title-only line (`**FR-3.2 Export**`) runs on to
 * the next definition, heading, table or rule.
 */
interface OpenRequirement {
  row: RequirementRow
  paragraph: boolean
}

function openRequirement(row: RequirementRow | undefined): OpenRequirement | undefined {
  if (!row || row.form === 'row') return undefined
  return {row, paragraph: row.form === 'line' && modal.test(row.text)}
}

function continueRequirement(open: OpenRequirement, raw: string): void {
  const {row} = open
  if (row.text.length >= maxRequirementText) return
  const more = plainText(raw)
  if (!more) return
  const joint = !row.text ? '' : /[.:!?]$/.test(row.text) ? ' ' : ': '
  row.text = (row.text + joint + more).slice(0, maxRequirementText)
}

/** A thematic break: three or more of one of `-`, `*`, `_`, blanks between. */
function isRule(trimmed: string): boolean {
  const compact = trimmed.replace(/[ \t]/g, '')
  const first = compact[0]
  if (compact.length < 3 || (first !== '-' && first !== '*' && first !== '_')) return false
  for (const char of compact) if (char !== first) return false
  return true
}
