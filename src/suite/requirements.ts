/**
 * Requirements traceability: the IDs requirement documents define and the
 * prompts that cite them, per scope.
 *
 * A requirement document is a markdown file in scope whose name contains one of
 * the configured words (default `requirement`). Its definitions are table rows
 * whose first cell is an ID and lines that start with an explicit ID. A bare
 * `1.1` takes the document's level, from its title (`# L1 Requirements`) or its
 * file name (`l1_requirements.md`): `L1-1.1`; an explicit `L2-3.1` is itself. A
 * requirement is binding when its text says `shall` or `must`.
 *
 * Built through `SuiteModel.requirements`, once per run.
 */
import path from 'node:path'
import type {Facts, Span} from './facts.js'
import type {SuiteModel} from './model.js'
import type {JsonSchema} from '../config/schema.js'

export interface Definition extends Span {
  /** Full ID: `L1-1.1`. */
  id: string
  /** The requirement document, absolute. */
  document: string
  /** The requirement's text, plain. */
  text: string
  /** Says `shall` or `must`. */
  binding: boolean
  /** The word that makes it binding (`shall`, `must`), as written first. */
  keyword: string | undefined
}

export interface Citation extends Span {
  id: string
  /** The prompt that cites it, absolute. */
  file: string
}

export interface Requirements {
  root: string
  /** Requirement documents in scope, absolute, sorted. */
  documents: string[]
  /** Definitions in document order (a document's rows top to bottom, documents by path). */
  definitions: Definition[]
  /** ID → its definitions (one, unless two documents define it). */
  byId: ReadonlyMap<string, Definition[]>
  /** Levels some document defines (`L1`). */
  levels: ReadonlySet<string>
  /** ID → the prompts' citations of it, by file and line. */
  citations: ReadonlyMap<string, Citation[]>
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

/** The definitions of one requirement document. */
export function definitionsIn(file: string, facts: Facts | undefined): Definition[] {
  if (!facts) return []
  const level = documentLevel(file, facts)
  const found: Definition[] = []
  for (const row of facts.requirementRows) {
    const id = row.id.startsWith('L') ? row.id : level ? `${level}-${row.id}` : undefined
    if (!id) continue
    const keyword = binding.exec(row.text)?.[1]
    found.push({
      id,
      document: file,
      text: row.text,
      binding: keyword !== undefined,
      keyword,
      line: row.line,
      column: row.column,
      endLine: row.endLine,
      endColumn: row.endColumn
    })
  }
  return found
}

/** Everything a scope says of requirements. */
export function buildRequirements(
  model: SuiteModel,
  root: string,
  words: readonly string[]
): Requirements {
  const scope = model.scope(root)
  const documents = scope.documents.filter((file) => isRequirementName(path.basename(file), words))
  documents.sort()
  const definitions = documents.flatMap((file) => definitionsIn(file, model.facts(file)))
  const byId = new Map<string, Definition[]>()
  for (const definition of definitions) {
    byId.set(definition.id, [...(byId.get(definition.id) ?? []), definition])
  }
  const levels = new Set(definitions.map((each) => each.id.slice(0, each.id.indexOf('-'))))
  const citations = new Map<string, Citation[]>()
  if (documents.length > 0) {
    for (const file of scope.prompts) {
      for (const mention of model.peek(file)?.requirements ?? []) {
        const list = citations.get(mention.value) ?? []
        list.push({
          id: mention.value,
          file,
          line: mention.line,
          column: mention.column,
          endLine: mention.endLine,
          endColumn: mention.endColumn
        })
        citations.set(mention.value, list)
      }
    }
  }
  return {root, documents, definitions, byId, levels, citations}
}

/** The level of an ID (`L1-2.2` → `L1`). */
export function levelOf(id: string): string {
  return id.slice(0, id.indexOf('-'))
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
