/**
 * Requirements traceability: the IDs requirement documents define, the scheme
 * they are written in, and the prompts that cite them, per requirement scope.
 *
 * A requirement document is a markdown file whose name contains one of the
 * configured words (default `requirement`). It defines IDs in table rows whose
 * first cell is an ID, in headings and in lines (list items, bold or plain)
 * that start with an explicit ID (`L3-1.1`, `FR-3.2`, `REQ-012`, `NFR-1`). A
 * bare `1.1` in a table takes the document's level, from its title
 * (`# L1 Requirements`) or its file name (`l1_requirements.md`): `L1-1.1`. A
 * requirement is binding when its text (the row, or the text under its heading
 * or line) says `shall` or `must`.
 *
 * The scheme is learned from the definitions: each prefix (`L1`, `FR`, `REQ`)
 * with its separator. A prefix counts when a table defines it, when it defines
 * two requirements or more, or when it is the only one of its scope (a lone
 * `UTF-8 must …` among the `FR-` lines is prose). Only a word of a prompt that
 * starts with a learned prefix is a citation: version numbers, dates and
 * section numbers are not. A citation in another form (`L2.1` where the
 * documents write `L2-1.1`, `REQ-12` for `REQ-012`) is a citation of no ID,
 * with the ID it means as a suggestion; a section (`L3-2` when `L3-2.1` is
 * defined) is cited as a whole.
 *
 * Scope: a document belongs to the nearest folder at or above its own that
 * holds prompts or has prompt folders below it (its package), else to the
 * repository. A prompt resolves an ID in the scopes of its folder and the
 * folders above it, nearest first: two packages that define the same IDs are
 * independent, and a repository's documents serve every package. A package
 * with no documents at or above it cites the repository's only scope, if it
 * has one (and nothing, if it has several).
 *
 * Built through `SuiteModel.requirements`, once per run.
 */
import path from 'node:path'
import {editDistance} from '../config/suggest.js'
import type {Facts, Mention, Span} from './facts.js'
import {explicitId} from './ids.js'
import type {SuiteModel} from './model.js'
import type {JsonSchema} from '../config/schema.js'

export interface Definition extends Span {
  /** Full ID: `L1-1.1`, `FR-3.2`. */
  id: string
  /** The requirement document, absolute. */
  document: string
  /** The requirement's text, plain. */
  text: string
  /** Says `shall` or `must`. */
  binding: boolean
  /** The word that makes it binding (`shall`, `must`), as written first. */
  keyword: string | undefined
  /** `L1`, `FR`. */
  prefix: string
  /** Between prefix and number: `-`, `_`. */
  separator: string
  /** Defined in a table row (a column of IDs: no prose). */
  row: boolean
  /** Of its document's level (`L1` in `l1_requirements.md`). */
  leveled: boolean
}

export interface Citation extends Span {
  /** The ID as the prompt writes it. */
  id: string
  /** The prompt that cites it, absolute. */
  file: string
}

/** A citation of no ID of its scope. */
export interface Unresolved extends Citation {
  /** The ID it most likely means (`L2-1` for `L2.1`), if one is clear. */
  suggestion: string | undefined
  /** Written in another form than the scheme's (`L2.1` for `L2-1.1`). */
  malformed: boolean
  /** An ID of the same prefix as the documents write it (`L2-1.1`). */
  form: string | undefined
  /** The document that defines it. */
  document: string | undefined
  /** With no suggestion: the section the number falls in, if it is defined. */
  section: Section | undefined
}

/** The requirements of one scope: the documents of a package (or of the repository). */
export interface RequirementScope {
  /** The package folder (or the repository) the documents belong to. */
  home: string
  /** Its requirement documents, absolute, sorted. */
  documents: string[]
  /** Definitions in document order (a document's top to bottom, documents by path). */
  definitions: Definition[]
  /** ID → its first definition. */
  byId: ReadonlyMap<string, Definition>
  /** A second definition of an ID, with the first. */
  duplicates: Array<{definition: Definition; first: Definition}>
  /** Prefix → separator: the scheme. */
  schemes: ReadonlyMap<string, string>
  /** ID → the prompts' citations of it (a section's citations count for each ID in it). */
  citations: Map<string, Citation[]>
  /** Citations this scope judged and no ID resolves. */
  unresolved: Unresolved[]
  /** Normalised `prefix number` (`L2 1`) → the ID or section written so. */
  normal: ReadonlyMap<string, string>
  /** Sections: `L3-2` when `L3-2.1` is defined. */
  sections: ReadonlySet<string>
}

export interface Requirements {
  root: string
  /** Requirement documents in the repository, absolute, sorted. */
  documents: string[]
  /** Scopes, by home. */
  scopes: RequirementScope[]
  /** The scopes of a folder and of the folders above it, nearest first. */
  chain(dir: string): RequirementScope[]
  /**
   * The scopes a folder's prompts resolve IDs in: its chain; for a folder with
   * none, the repository's only scope when it has one (a package that keeps no
   * requirements of its own cites the ones the repository has), else none.
   */
  resolving(dir: string): RequirementScope[]
}

/** Words a requirement document's file name contains, by default. */
export const defaultDocumentWords: readonly string[] = ['requirement']

const binding = /\b(shall|must)\b/i

/** Whether a file name is a requirement document's for these words (case-insensitive; markdown, not checked here). */
export function isRequirementName(
  name: string,
  words: readonly string[] = defaultDocumentWords
): boolean {
  const lower = name.toLowerCase()
  return words.some((word) => word && lower.includes(word.toLowerCase()))
}

/** The level a requirement document carries in its title or file name (`L1`), if any. */
export function documentLevel(file: string, facts: Facts | undefined): string | undefined {
  const title = facts?.title?.text ?? ''
  const fromTitle = /\bL(\d{1,2})\b/i.exec(title)?.[1]
  if (fromTitle) return 'L' + Number(fromTitle)
  const stem = path.basename(file).replace(/\.[^.]*$/, '')
  const fromName = /(?:^|[_\-. ])l(\d{1,2})(?=[_\-. ]|$)/i.exec(stem)?.[1]
  return fromName ? 'L' + Number(fromName) : undefined
}

/** Every definition of one requirement document, before the scheme is learned. */
export function definitionsIn(file: string, facts: Facts | undefined): Definition[] {
  if (!facts) return []
  const level = documentLevel(file, facts)
  const found: Definition[] = []
  for (const row of facts.requirementRows) {
    const parts = explicitId(row.id)
    const prefix = parts?.prefix ?? level
    if (!prefix || !row.text) continue
    const keyword = binding.exec(row.text)?.[1]
    found.push({
      id: parts ? row.id : `${prefix}-${row.id}`,
      document: file,
      text: row.text,
      binding: keyword !== undefined,
      keyword,
      prefix,
      separator: parts?.separator ?? '-',
      row: row.form === 'row',
      leveled: prefix === level,
      line: row.line,
      column: row.column,
      endLine: row.endLine,
      endColumn: row.endColumn
    })
  }
  // A row or line of another prefix than the document's own that states nothing (`| L1-2.2 |
  // L3-1.1, L3-1.2 |` in a traceability table of an L3 document) names a requirement, it does
  // not define one.
  // The document's own prefix is its level, else the one most of its definitions have.
  const counts = new Map<string, number>()
  for (const each of found) counts.set(each.prefix, (counts.get(each.prefix) ?? 0) + 1)
  const most = Math.max(0, ...counts.values())
  const own = level
    ? new Set([level])
    : new Set([...counts].filter(([, count]) => count === most).map(([prefix]) => prefix))
  return found.filter((each) => own.has(each.prefix) || states(each))
}

const modal = /\b(?:shall|must|should|may|will)\b/i

/** Whether a definition states a requirement (a modal verb), not only names one. */
function states(definition: Definition): boolean {
  return modal.test(definition.text)
}

/**
 * The requirement documents, scopes and citations of a repository. What is
 * read follows what is asked: the listing of the repository says which
 * documents there are and which package each belongs to; a scope's documents
 * are read when its IDs are first asked for, and the prompts that cite them
 * (its package's, or the repository's when it is the only scope) when its
 * citations are: a prompt that cites IDs reads the documents of its chain, not
 * every prompt of the repository.
 */
export function buildRequirements(
  model: SuiteModel,
  root: string,
  words: readonly string[]
): Requirements {
  const outline = model.outline(root, words)
  const documents = [...outline.documents]
  // A folder that holds prompts or has prompt folders below it: where a document's package is.
  const packages = new Set<string>()
  for (const dir of outline.folders) {
    for (let each = dir; !packages.has(each); each = path.dirname(each)) {
      packages.add(each)
      if (each === root || path.dirname(each) === each) break
    }
  }
  const byHome = new Map<string, string[]>()
  for (const file of documents) {
    const home = homeOf(path.dirname(file), root, packages)
    byHome.set(home, [...(byHome.get(home) ?? []), file])
  }
  const scopes: RequirementScope[] = [...byHome]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([home, files]) =>
        new LazyScope(
          home,
          files,
          () => definitionsOf(model, files),
          (each) => citationsOf(each)
        )
    )
  const homes = new Map(scopes.map((each) => [each.home, each]))
  const chains = new Map<string, RequirementScope[]>()
  const chain = (dir: string): RequirementScope[] => {
    let found = chains.get(dir)
    if (!found) {
      found = []
      for (let each = dir; ; each = path.dirname(each)) {
        const own = homes.get(each)
        if (own) found.push(own)
        if (each === root || path.dirname(each) === each) break
      }
      chains.set(dir, found)
    }
    return found
  }
  const resolving = (dir: string): RequirementScope[] => {
    const found = chain(dir)
    return found.length > 0 || scopes.length !== 1 ? found : scopes
  }
  /** The citations a scope judges: of the prompts whose folders resolve IDs in it. */
  const citationsOf = (target: RequirementScope): Cited => {
    const cited: Cited = {citations: new Map(), unresolved: []}
    // Only a prompt at or below a scope's home has it in its chain; any prompt, when it is the only scope.
    const prompts = model.scope(root).prompts
    const candidates =
      scopes.length === 1 ? prompts : prompts.filter((file) => isInside(target.home, file))
    for (const file of candidates) {
      const resolved = resolving(path.dirname(file))
      if (!resolved.includes(target)) continue
      for (const word of model.peek(file)?.requirements ?? []) {
        const found = resolve(resolved, word.value)
        if (found?.scope !== target) continue
        const citation = {...spanOf(word), id: word.value, file}
        if (found.id !== undefined) {
          for (const id of found.ids) {
            const list = cited.citations.get(id) ?? []
            list.push(citation)
            cited.citations.set(id, list)
          }
        } else {
          cited.unresolved.push({
            ...citation,
            suggestion: found.suggestion,
            malformed: found.malformed,
            form: found.form?.id,
            document: found.form?.document,
            section: found.section
          })
        }
      }
    }
    return cited
  }
  return {root, documents, scopes, chain, resolving}
}

/** Whether a file is at or below a folder. */
function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** What a scope's documents define. */
type Defined = Omit<RequirementScope, 'home' | 'documents' | 'citations' | 'unresolved'>

/** What the prompts cite of a scope. */
type Cited = Pick<RequirementScope, 'citations' | 'unresolved'>

/** A requirement scope whose documents are read, and citations collected, when first asked for. */
class LazyScope implements RequirementScope {
  private defined: Defined | undefined
  private cited: Cited | undefined

  constructor(
    readonly home: string,
    readonly documents: string[],
    private readonly define: () => Defined,
    private readonly cite: (scope: RequirementScope) => Cited
  ) {}

  private get own(): Defined {
    return (this.defined ??= this.define())
  }

  get definitions(): Definition[] {
    return this.own.definitions
  }
  get byId(): ReadonlyMap<string, Definition> {
    return this.own.byId
  }
  get duplicates(): RequirementScope['duplicates'] {
    return this.own.duplicates
  }
  get schemes(): ReadonlyMap<string, string> {
    return this.own.schemes
  }
  get normal(): ReadonlyMap<string, string> {
    return this.own.normal
  }
  get sections(): ReadonlySet<string> {
    return this.own.sections
  }
  get citations(): Map<string, Citation[]> {
    return (this.cited ??= this.cite(this)).citations
  }
  get unresolved(): Unresolved[] {
    return (this.cited ??= this.cite(this)).unresolved
  }
}

function homeOf(dir: string, root: string, packages: ReadonlySet<string>): string {
  for (let each = dir; ; each = path.dirname(each)) {
    if (packages.has(each)) return each
    if (each === root || path.dirname(each) === each) return root
  }
}

function spanOf(span: Span): Span {
  return {line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn}
}

/** The requirements of one scope's documents: their definitions by the scheme they share. */
function definitionsOf(model: SuiteModel, documents: string[]): Defined {
  const all = documents.flatMap((file) => definitionsIn(file, model.facts(file)))
  const counts = new Map<string, {count: number; sure: boolean; separators: Map<string, number>}>()
  for (const each of all) {
    const entry = counts.get(each.prefix) ?? {count: 0, sure: false, separators: new Map()}
    entry.count++
    // A table's ID column, or a document's own level, is a scheme even for one requirement.
    entry.sure ||= each.row || each.leveled
    entry.separators.set(each.separator, (entry.separators.get(each.separator) ?? 0) + 1)
    counts.set(each.prefix, entry)
  }
  const schemes = new Map<string, string>()
  for (const [prefix, entry] of counts) {
    if (!entry.sure && entry.count < 2 && counts.size > 1) continue
    const [separator] = [...entry.separators].sort((a, b) => b[1] - a[1])[0] ?? ['-']
    schemes.set(prefix, separator)
  }
  const definitions = all.filter((each) => schemes.has(each.prefix))
  const byId = new Map<string, Definition>()
  const duplicates: RequirementScope['duplicates'] = []
  const normal = new Map<string, string>()
  const sections = new Set<string>()
  for (const definition of definitions) {
    const first = byId.get(definition.id)
    if (first) {
      // Two statements of one ID are two requirements; a row that only names it (a summary) is none.
      if (states(first) && states(definition)) duplicates.push({definition, first})
      continue
    }
    byId.set(definition.id, definition)
    const number = definition.id.slice(definition.prefix.length + definition.separator.length)
    const parts = number.split('.')
    for (let length = 1; length <= parts.length; length++) {
      const written = definition.prefix + definition.separator + parts.slice(0, length).join('.')
      if (length < parts.length) sections.add(written)
      const key = normalKey(definition.prefix, parts.slice(0, length).join('.'))
      if (!normal.has(key) || length === parts.length) normal.set(key, written)
    }
  }
  // A heading or line whose ID numbers a section of others (`## L1-1 Accounts` above `L1-1.1`)
  // and that states nothing binding is that section's title, not a requirement of its own.
  const titles = new Set<Definition>()
  for (const id of sections) {
    const definition = byId.get(id)
    if (definition && !definition.row && !definition.binding) titles.add(definition)
  }
  for (const title of titles) byId.delete(title.id)
  return {
    definitions: definitions.filter((each) => !titles.has(each)),
    byId,
    duplicates,
    schemes,
    normal,
    sections
  }
}

/** `L2` and `01.2` → `L2 1.2`: numbers without leading zeros. */
function normalKey(prefix: string, number: string): string {
  return (
    prefix +
    ' ' +
    number
      .split('.')
      .map((part) => String(Number(part)))
      .join('.')
  )
}

/** A word read against one scheme's prefix: its separator and number, or `undefined` when it is not that prefix's. */
function readWord(word: string, prefix: string): {separator: string; number: string} | undefined {
  if (!word.startsWith(prefix) || word.length === prefix.length) return undefined
  let rest = word.slice(prefix.length)
  let separator = ''
  const first = rest[0] ?? ''
  if (first === '-' || first === '_' || first === '.') {
    separator = first
    rest = rest.slice(1)
  } else if (!/[A-Z]$/.test(prefix) || !/^\d/.test(rest)) {
    // `L12-1` is no `L1` ID; `FR3.2` is a malformed `FR-3.2`.
    return undefined
  }
  return /^\d{1,4}(?:\.\d{1,4}){0,4}$/.test(rest) ? {separator, number: rest} : undefined
}

export type Resolution =
  | {scope: RequirementScope; id: string; ids: string[]}
  | {
      scope: RequirementScope
      id: undefined
      suggestion: string | undefined
      malformed: boolean
      /** The first definition of the prefix: how the documents write it, and where. */
      form: Definition | undefined
      /** With no suggestion: the section the number falls in, if it is defined. */
      section: Section | undefined
    }

/**
 * What a word of a prompt cites, in the scopes of its folder (nearest first):
 * the first scope that defines it (the IDs of a section it names), else a
 * citation of no ID, judged by the nearest scope whose scheme it is written
 * in; `undefined` for a word that is no citation (no scope's prefix starts it).
 */
export function resolve(chain: RequirementScope[], word: string): Resolution | undefined {
  let judge:
    {scope: RequirementScope; prefix: string; separator: string; number: string} | undefined
  for (const scope of chain) {
    let best: {prefix: string; separator: string; number: string} | undefined
    for (const prefix of scope.schemes.keys()) {
      if (best && best.prefix.length >= prefix.length) continue
      const read = readWord(word, prefix)
      if (read) best = {prefix, ...read}
    }
    if (!best) continue
    if (best.separator === scope.schemes.get(best.prefix)) {
      if (scope.byId.has(word)) return {scope, id: word, ids: [word]}
      if (scope.sections.has(word)) {
        const ids = [...scope.byId.keys()].filter((id) => id.startsWith(word + '.'))
        return {scope, id: word, ids}
      }
    }
    judge ??= {scope, ...best}
  }
  if (!judge) return undefined
  const {scope, prefix, separator, number} = judge
  const expected = scope.schemes.get(prefix) ?? '-'
  const malformed = separator !== expected
  // The same ID written another way, else a near ID; not one a digit shorter or longer
  // (`L1-3.3` for `L1-3.30`: more likely a step past the last than a typo).
  const near = uniqueClosest(prefix + expected + number, scope.byId.keys())
  const suggestion =
    scope.normal.get(normalKey(prefix, number)) ??
    (near && !oneDigitApart(near, prefix + expected + number) ? near : undefined)
  const form = scope.definitions.find((each) => each.prefix === prefix)
  return {
    scope,
    id: undefined,
    suggestion: suggestion === word ? undefined : suggestion,
    malformed,
    form,
    section: suggestion ? undefined : sectionOf(scope, prefix, number)
  }
}

/** Whether two IDs differ by a digit added at the end of one (`L1-3.3`, `L1-3.30`). */
function oneDigitApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return long.length === short.length + 1 && long.startsWith(short) && /\d$/.test(long)
}

/** The defined section a number falls in (`L1-3` for `L1-3.7`) with its first and last ID. */
function sectionOf(scope: RequirementScope, prefix: string, number: string): Section | undefined {
  const cut = number.lastIndexOf('.')
  if (cut === -1) return undefined
  const id = scope.normal.get(normalKey(prefix, number.slice(0, cut)))
  if (!id || !scope.sections.has(id)) return undefined
  const ids = [...scope.byId.keys()].filter((each) => each.startsWith(id + '.'))
  return {id, first: ids[0] ?? id, last: ids.at(-1) ?? id}
}

/** A section of IDs: `L1-3`, from `L1-3.1` to `L1-3.3`. */
export interface Section {
  id: string
  first: string
  last: string
}

/** The one known ID closest to `id` within an edit (two for a long ID); `undefined` when none or several are. */
function uniqueClosest(id: string, known: Iterable<string>): string | undefined {
  const limit = id.length > 8 ? 2 : 1
  let best: string | undefined
  let bestDistance = Infinity
  let ties = 0
  for (const candidate of known) {
    if (Math.abs(candidate.length - id.length) > limit) continue
    const distance = editDistance(id, candidate)
    if (distance > limit) continue
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
      ties = 0
    } else if (distance === bestDistance) ties++
  }
  return ties === 0 ? best : undefined
}

/** The citations of a prompt's own text (its buffer) that no ID of its scopes resolves. */
export function unresolvedIn(
  chain: RequirementScope[],
  file: string,
  words: Mention[]
): Unresolved[] {
  const found: Unresolved[] = []
  for (const word of words) {
    const resolved = resolve(chain, word.value)
    if (!resolved || resolved.id !== undefined) continue
    found.push({
      ...spanOf(word),
      id: word.value,
      file,
      suggestion: resolved.suggestion,
      malformed: resolved.malformed,
      form: resolved.form?.id,
      document: resolved.form?.document,
      section: resolved.section
    })
  }
  return found
}

/** The scope whose documents include `file`. */
export function scopeOfDocument(
  requirements: Requirements,
  file: string
): RequirementScope | undefined {
  return requirements.scopes.find((each) => each.documents.includes(file))
}

export interface RequirementOptions {
  /** Words a requirement document's file name contains (case-insensitive). */
  documents: string[]
}

/** Schema and defaults of the rules that read requirement documents. */
export const requirementOptions: {schema: JsonSchema; defaults: RequirementOptions} = {
  schema: {
    type: 'object',
    properties: {
      documents: {
        type: 'array',
        description:
          'Words a requirement document’s file name contains (case-insensitive), e.g. `requirement`, `srs`.',
        items: {type: 'string', minLength: 1},
        minItems: 1
      }
    },
    additionalProperties: false
  },
  defaults: {documents: [...defaultDocumentWords]}
}

/** Whether a scope's prompts cite a requirement: its ID, or a form of it that can only mean it (`L1.1.2`). */
export function isCited(scope: RequirementScope, id: string): boolean {
  return (
    scope.citations.has(id) ||
    scope.unresolved.some((each) => each.malformed && each.suggestion === id)
  )
}

/**
 * Whether the prompts trace a requirement document: at least half of its binding
 * requirements are cited. One they barely cite serves other work.
 */
export function isTraced(scope: RequirementScope, document: string): boolean {
  let binding = 0
  let cited = 0
  for (const definition of scope.byId.values()) {
    if (definition.document !== document || !definition.binding) continue
    binding++
    if (isCited(scope, definition.id)) cited++
  }
  return cited * 2 >= binding
}
