/**
 * The fix planner: from a lint run's results and a suite model of the same disk,
 * the safe, mechanical changes `--fix` makes. Pure: it reads texts through the
 * `read` it is given and writes nothing.
 *
 * - A prompt the `file-name` rule reports is renamed to the name the rule
 *   expects, and every reference to it is rewritten in the same run: links in
 *   the markdown files of the linted folders (a preprompt's component list
 *   included), and prompt names written as plain text (a plan's "Files to
 *   Produce", `\_` escapes kept).
 * - A finding that carries one `expected` replacement for a range (`title`,
 *   `phase`, `prompt-links`, `plan-entries`, `stale-reference`) has that range
 *   replaced; a `plan-entries` finding whose replacement is empty removes the
 *   entry's line. A link pointed at a prompt
 *   that this run renames gets the new name.
 *
 * Two renames to one name, a rename onto an existing file, or two changes to the
 * same text are a conflict: no plan, and the reasons why.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Facts} from '../suite/facts.js'
import {linkTarget, type SuiteModel} from '../suite/model.js'
import {canonicalName} from '../suite/names.js'
import {
  applyReplacements,
  lineStarts,
  normalize,
  offsetOf,
  splitBom,
  type Replacement
} from './text.js'

export interface Rename {
  /** Absolute path, as found. */
  from: string
  /** Absolute path, in the same folder. */
  to: string
}

export interface FixPlan {
  renames: Rename[]
  /** File as it is named now (before any rename) → its whole new text (BOM and line endings kept). */
  edits: Map<string, string>
}

export interface Conflict {
  /** One reason per conflict, each naming the files involved. */
  conflicts: string[]
}

export type PlanResult = FixPlan | Conflict

/** A file's text as stored (a BOM kept); `undefined` when it cannot be read. */
export type Reader = (file: string) => string | undefined

export interface PlanOptions {
  /** Default: the disk, as UTF-8. */
  read?: Reader
  /** Shown in reasons: paths relative to this folder. Default: the file names alone. */
  cwd?: string
}

/** Rules whose `expected` is a replacement for the finding's range. */
const replacing = new Set(['title', 'phase', 'prompt-links', 'plan-entries', 'stale-reference'])

export function isConflict(result: PlanResult): result is Conflict {
  return 'conflicts' in result
}

/**
 * Read a file from the disk as UTF-8, BOM kept. A symbolic link reads as nothing:
 * replacing it would turn the link into a file, so its text is left alone.
 */
export const diskReader: Reader = (file) => {
  try {
    if (fs.lstatSync(file).isSymbolicLink()) return undefined
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** The changes `--fix` makes for a lint run's results. */
export function planFixes(
  results: VFile[],
  model: SuiteModel,
  options: PlanOptions = {}
): PlanResult {
  const read = options.read ?? diskReader
  const show = shower(options.cwd)
  const folders = new Set(
    results.filter((file) => file.path).map((file) => path.dirname(absolute(file)))
  )
  const renames: Rename[] = []
  for (const file of results) {
    if (!file.path || !file.messages.some((message) => message.ruleId === 'file-name')) continue
    const from = absolute(file)
    const prompt = model.prompt(from)
    if (!prompt || Number.isNaN(prompt.number)) continue
    const dir = path.dirname(from)
    const name = canonicalName(prompt, model.folder(dir).prefix, model.names(dir).scheme)
    // A name with a placeholder (`<slug>`) needs a person to choose the words.
    if (name.includes('<') || name === prompt.name) continue
    renames.push({from, to: path.join(path.dirname(from), name)})
  }
  const conflicts = renameConflicts(renames, model, show)
  if (conflicts.length > 0) return {conflicts}

  const replacements = new Map<string, Replacement[]>()
  const add = (file: string, replacement: Replacement) => {
    const list = replacements.get(file) ?? []
    list.push(replacement)
    replacements.set(file, list)
  }
  const body = bodyReader(read)

  const scanned = markdownFiles(model, folders)
  for (const [file, list] of referenceReplacements(renames, scanned, model, body, show)) {
    for (const each of list) add(file, each)
  }

  const renamed = new Map(renames.map((each) => [each.from, each.to]))
  for (const file of results) {
    if (!file.path) continue
    const own = absolute(file)
    const text = body(own)
    if (text === undefined) continue
    const starts = lineStarts(text)
    for (const message of file.messages) {
      const replacement = messageReplacement(message, own, text, starts, renamed, show)
      if (replacement) add(own, replacement)
    }
  }
  return buildPlan(renames, replacements, read)
}

/** Why a set of renames cannot all be made: two files to one name, or a name already taken. */
export function renameConflicts(
  renames: Rename[],
  model: SuiteModel,
  show: (file: string) => string
): string[] {
  const conflicts: string[] = []
  const vacated = new Set(renames.map((each) => each.from))
  const byTarget = new Map<string, string[]>()
  for (const {from, to} of renames) byTarget.set(to, [...(byTarget.get(to) ?? []), from])
  for (const [to, froms] of byTarget) {
    if (froms.length > 1) {
      conflicts.push(
        `${froms.map((from) => `\`${show(from)}\``).join(' and ')} would both be renamed to \`${show(to)}\``
      )
    } else if (model.exists(to) && !vacated.has(to)) {
      conflicts.push(
        `\`${show(froms[0] ?? '')}\` would be renamed to \`${show(to)}\`, which exists`
      )
    }
  }
  return conflicts
}

/**
 * The replacements that make references follow renames, in the given markdown
 * files: link destinations whose target is renamed (their last path segment),
 * and prompt names written as plain text (a name written with a folder means
 * the file there; a bare name, one in the file's own folder first, else the only
 * renamed file of that name), escaped as they were written.
 */
export function referenceReplacements(
  renames: Rename[],
  files: Iterable<string>,
  model: SuiteModel,
  body: (file: string) => string | undefined,
  show: (file: string) => string
): Map<string, Replacement[]> {
  const found = new Map<string, Replacement[]>()
  if (renames.length === 0) return found
  const byFrom = new Map(renames.map((each) => [each.from, each.to]))
  const byName = new Map<string, Rename[]>()
  for (const each of renames) {
    const name = path.basename(each.from)
    byName.set(name, [...(byName.get(name) ?? []), each])
  }
  for (const file of files) {
    const facts: Facts | undefined = model.facts(file)
    const text = body(file)
    if (!facts || text === undefined) continue
    const starts = lineStarts(text)
    const dir = path.dirname(file)
    const list: Replacement[] = []
    const linkSpans: Array<[number, number]> = []
    for (const link of facts.links) {
      const start = offsetOf(starts, text, link)
      const end = offsetOf(starts, text, {line: link.endLine, column: link.endColumn})
      if (start === undefined || end === undefined) continue
      linkSpans.push([start, end])
      const target = linkTarget(link.value, dir)
      const to = target && byFrom.get(target)
      if (!to) continue
      const at = text.slice(start, end).indexOf(link.value)
      if (at === -1) continue
      const pathPart = link.value.replace(/[?#].*$/, '')
      const nameStart = start + at + pathPart.lastIndexOf('/') + 1
      list.push({
        start: nameStart,
        end: start + at + pathPart.length,
        text: encodeURIComponent(path.basename(to)),
        why: `the link to \`${show(target)}\` in \`${show(file)}\``
      })
    }
    for (const mention of facts.promptNames) {
      const start = offsetOf(starts, text, mention)
      const end = offsetOf(starts, text, {line: mention.endLine, column: mention.endColumn})
      if (start === undefined || end === undefined) continue
      if (linkSpans.some(([from, to]) => start < to && end > from)) continue
      const candidates = byName.get(mention.value) ?? []
      const here = candidates.filter((each) => path.dirname(each.from) === dir)
      // A name written with its folder (`../b/x.md`) means that file and no other.
      const written = mention.folder ? path.resolve(dir, mention.folder, mention.value) : undefined
      const meant = mention.external
        ? undefined
        : written
          ? candidates.find((each) => each.from === written)
          : here.length === 1
            ? here[0]
            : candidates.length === 1
              ? candidates[0]
              : undefined
      if (!meant) continue
      const source = text.slice(start, end)
      const name = path.basename(meant.to)
      list.push({
        start,
        end,
        text: source.includes('\\_') ? name.replace(/_/g, '\\_') : name,
        why: `the mention of \`${show(meant.from)}\` in \`${show(file)}\``
      })
    }
    if (list.length > 0) found.set(file, list)
  }
  return found
}

/** The markdown files of some folders: prompts and documents (plans, readmes). */
export function markdownFiles(model: SuiteModel, folders: Iterable<string>): string[] {
  const files: string[] = []
  for (const dir of folders) {
    const folder = model.folder(dir)
    files.push(...folder.prompts.map((prompt) => path.join(dir, prompt.name)), ...folder.documents)
  }
  return [...new Set(files)].sort()
}

/** Whole new texts for the files that change; a conflict when two changes overlap. */
export function buildPlan(
  renames: Rename[],
  replacements: Map<string, Replacement[]>,
  read: Reader
): PlanResult {
  const edits = new Map<string, string>()
  const conflicts: string[] = []
  for (const [file, list] of [...replacements].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const raw = read(file)
    if (raw === undefined) continue
    const sorted = normalize(list)
    if (typeof sorted === 'string') {
      conflicts.push(sorted)
      continue
    }
    const {bom, body} = splitBom(raw)
    const text = bom + applyReplacements(body, sorted)
    if (text !== raw) edits.set(file, text)
  }
  if (conflicts.length > 0) return {conflicts}
  return {renames: [...renames].sort((a, b) => (a.from < b.from ? -1 : 1)), edits}
}

/** A finding's own fix: its range replaced by its one `expected` value. */
function messageReplacement(
  message: VFileMessage,
  file: string,
  text: string,
  starts: number[],
  renamed: Map<string, string>,
  show: (file: string) => string
): Replacement | undefined {
  const value = message.expected?.length === 1 ? message.expected[0] : undefined
  const place = message.place
  if (value === undefined || !message.ruleId || !replacing.has(message.ruleId)) return undefined
  if (!place || !('start' in place)) return undefined
  if (value === '' && message.ruleId === 'plan-entries') {
    // A stale entry removed: its whole line, line ending included.
    const from = starts[place.start.line - 1]
    if (from === undefined) return undefined
    return {
      start: from,
      end: starts[place.start.line] ?? text.length,
      text: '',
      why: `the plan-entries fix at ${place.start.line}:${place.start.column} of \`${show(file)}\``
    }
  }
  const start = offsetOf(starts, text, place.start)
  const end = offsetOf(starts, text, place.end)
  if (start === undefined || end === undefined || end < start) return undefined
  let replacement = value
  if (message.ruleId === 'prompt-links') {
    // The prompt the link meant may be one this run renames.
    const target = linkTarget(value, path.dirname(file))
    const to = target && renamed.get(target)
    if (to) {
      const pathPart = value.replace(/[?#].*$/, '')
      replacement =
        pathPart.slice(0, pathPart.lastIndexOf('/') + 1) +
        encodeURIComponent(path.basename(to)) +
        value.slice(pathPart.length)
    }
  }
  return {
    start,
    end,
    text: replacement,
    why: `the ${message.ruleId} fix at ${place.start.line}:${place.start.column} of \`${show(file)}\``
  }
}

function absolute(file: VFile): string {
  return path.resolve(file.cwd, file.path)
}

/** Paths as reasons show them. */
/** A file's text without its BOM, read once (`undefined` when it cannot be read). */
export function bodyReader(
  read: (file: string) => string | undefined
): (file: string) => string | undefined {
  const bodies = new Map<string, string | undefined>()
  return (file) => {
    if (!bodies.has(file)) {
      const raw = read(file)
      bodies.set(file, raw === undefined ? undefined : splitBom(raw).body)
    }
    return bodies.get(file)
  }
}

export function shower(cwd: string | undefined): (file: string) => string {
  return (file) =>
    cwd
      ? (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/')
      : path.basename(file)
}
