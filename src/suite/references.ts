/**
 * References: markdown file names written in a prompt, a preprompt or a plan
 * (links, code spans, bold, plain text, escaped, headings), and whether each
 * still names a file of its repository.
 *
 * A name is found when the file exists where it is written (relative to the
 * file that names it) or, by its name alone, anywhere in the repository (any
 * case): a prompt may name a plan two folders up by its bare name. A missing
 * name is stale when the evidence says so:
 * - a prompt file name: always, with the prompt it evidently means now (same
 *   slug and kind, else same number and kind, else the closest name), unless
 *   another rule reports that name's absence (a misnamed file's expected name,
 *   a missing partner, a missing preprompt), or it names a step beyond the
 *   last one of its suite with no prompt it could mean (a step to come);
 * - another markdown file (`codestyle.md`): when a close existing name shows a
 *   rename (the same words spelt otherwise, or two letters apart), or when the
 *   caller has strong evidence (a plan lists it, a prompt lists it under
 *   Dependencies and no prompt of the suite generates it). A prompt may ask for
 *   files that do not exist yet (`docs/design.md` in a folder still to make, the
 *   package's `README.md`) and mention files of other projects: those are no
 *   references.
 */
import path from 'node:path'
import type {FileMention} from './facts.js'
import {missing} from './missing.js'
import type {Folder, SuiteModel} from './model.js'
import {parsePromptName, type PromptName} from './names.js'

export interface StaleReference {
  mention: FileMention
  /** The name as written, with its folder, escapes removed. */
  written: string
  /** The file it evidently means now (absolute), when one fits. */
  meant: string | undefined
  /** The text that replaces the name as written (escapes kept), when exactly one file fits. */
  replacement: string | undefined
}

/** Conventional names a prompt asks a model to write (`README.md` of the generated package). */
const conventional = /^(?:readme|changelog|license|contributing|agents|claude|todo|notes|index)$/i

/** Whether a mention names a file of the repository. */
export function found(model: SuiteModel, dir: string, mention: FileMention): boolean {
  if (mention.folder) {
    const target = path.resolve(dir, mention.folder, mention.value)
    if (model.exists(target) || existsAnyCase(model, target)) return true
  }
  return model.markdownNamed(model.root(dir), mention.value).length > 0
}

/**
 * The stale reference a mention is, or `undefined`. `strong`: the caller has
 * evidence that a non-prompt name is a file to provide (a plan's entry, a
 * dependency); without it such a name is stale only when a close name shows a
 * rename.
 */
export function staleReference(
  model: SuiteModel,
  dir: string,
  mention: FileMention,
  strong: boolean
): StaleReference | undefined {
  if (mention.external || found(model, dir, mention)) return undefined
  const written = mention.folder + mention.value
  const prompt = parsePromptName(mention.value)
  if (!prompt) {
    // Files a prompt asks to be generated: the package's `README.md`, a file in a folder still to make.
    if (conventional.test(mention.value.replace(/\.[^.]+$/, ''))) return undefined
    if (mention.folder && !model.exists(path.resolve(dir, mention.folder).replace(/\/$/, '')))
      return undefined
  }
  const meant = prompt
    ? meantPrompt(model, dir, mention, prompt)
    : {meant: closestDocument(model, dir, mention.value, strong)}
  if (!meant || (!prompt && !meant.meant && !strong)) return undefined
  const target = meant.meant
  const replacement =
    target &&
    (!mention.folder || path.resolve(dir, mention.folder) === path.dirname(target) || !prompt)
      ? escapeAs(mention, path.basename(target))
      : undefined
  return {mention, written, meant: target, replacement}
}

/** A file name written as the mention writes names: `\_` escapes kept. */
function escapeAs(mention: FileMention, name: string): string {
  const source = mention.endColumn - mention.column
  return source > mention.value.length ? name.replace(/_/g, '\\_') : name
}

/**
 * What a missing prompt name means: `{meant}` (a file, or `undefined` when none
 * fits but the name is stale all the same), or `undefined` when it is not this
 * rule's finding (another rule reports it, or it names a step to come).
 */
function meantPrompt(
  model: SuiteModel,
  dir: string,
  mention: FileMention,
  wanted: PromptName
): {meant: string | undefined} | undefined {
  const folders = candidateFolders(model, dir, mention, wanted)
  // The prompt each suite would mean, with how far its folder is and how close its name.
  const found: Candidate[] = []
  for (const folder of folders) {
    const said = missing(model, folder, wanted)
    if (said.reportedBy && said.reportedBy !== 'numbering-gap') return undefined
    if (!said.meant) continue
    found.push({
      file: path.join(folder.dir, said.meant.name),
      score: editDistance(normal(wanted.name), normal(said.meant.name), 255),
      distance: distance(dir, folder.dir),
      shares: sharesWord(wanted.slug, said.meant.slug)
    })
  }
  const best = meantAmong(found)
  if (best) return {meant: best.tie ? undefined : best.file}
  const [nearest] = folders
  if (!nearest) return undefined
  const close = closest(
    wanted.name,
    nearest.prompts.filter((each) => each.kind === wanted.kind).map((each) => each.name)
  )
  if (close) return {meant: path.join(nearest.dir, close)}
  const last = Math.max(...[...nearest.byNumber.keys()], 0)
  // A step beyond the last one, with nothing it could mean: a step still to write.
  if (wanted.kind !== 'preprompt' && !(wanted.number <= last)) return undefined
  return {meant: undefined}
}

interface Candidate {
  file: string
  /** Edits between the names. */
  score: number
  /** Folders between the mention and the candidate. */
  distance: number
  /** Whether the names share a word of their slugs (`bucket`). */
  shares: boolean
}

/** A suite beyond this many folders from the mention is unrelated to it unless nothing nearer fits. */
const relatedDistance = 2

/**
 * The prompt a stale name means among what each suite would mean: the nearest
 * suite's (a rename in the suite that writes the name), unless its name shares no
 * word with the one written and a related suite's does (a sibling package's prompt
 * renamed); among equals, the closest name; a tie means none is evident.
 */
function meantAmong(found: Candidate[]): {file: string; tie: boolean} | undefined {
  if (found.length === 0) return undefined
  const nearest = Math.min(...found.map((each) => each.distance))
  const own = found.filter((each) => each.distance === nearest)
  const related = found.filter(
    (each) => each.shares && each.distance <= Math.max(nearest, relatedDistance)
  )
  const pool = own.some((each) => each.shares) || related.length === 0 ? own : related
  const score = Math.min(...pool.map((each) => each.score))
  const best = pool.filter((each) => each.score === score)
  return {file: best[0]!.file, tie: best.length > 1}
}

/** Whether two slugs share a word of three letters or more. */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.split('_').filter((word) => word.length >= 3))
  return b.split('_').some((word) => words.has(word))
}

/** The suite folders a prompt name may belong to, nearest first: where it is written, else those of its prefix. */
function candidateFolders(
  model: SuiteModel,
  dir: string,
  mention: FileMention,
  wanted: PromptName
): Folder[] {
  if (mention.folder) {
    const folder = model.folder(path.resolve(dir, mention.folder))
    return folder.prompts.length > 0 ? [folder] : []
  }
  return model
    .suiteFolders(model.root(dir))
    .map((each) => model.folder(each))
    .filter((folder) => folder.prefix === wanted.prefix)
    .sort((a, b) => distance(dir, a.dir) - distance(dir, b.dir) || (a.dir < b.dir ? -1 : 1))
}

/** Folders between two folders (up, then down). */
function distance(from: string, to: string): number {
  return path.relative(from, to).split(path.sep).filter(Boolean).length
}

/** The markdown document of the repository whose name is closest to `name` (a rename), nearest first; `undefined` for none or a tie. */
function closestDocument(
  model: SuiteModel,
  dir: string,
  name: string,
  loose: boolean
): string | undefined {
  const byName = model.markdownByName(model.root(dir))
  const documents = [...byName.values()]
    .flat()
    .filter((file) => !parsePromptName(path.basename(file)))
  const best = closest(
    name,
    documents.map((file) => path.basename(file)),
    loose
  )
  if (!best) return undefined
  const files = documents
    .filter((file) => path.basename(file) === best)
    .sort((a, b) => distance(dir, path.dirname(a)) - distance(dir, path.dirname(b)))
  return files[0]
}

/**
 * The one name among `names` close enough to `name` to be its rename: the same
 * words in another spelling (`code_style.md` for `codestyle.md`), a few letters
 * apart, or (`loose`) one name inside the other. `undefined` for none or a tie.
 */
export function closest(name: string, names: string[], loose = true): string | undefined {
  const key = normal(name)
  if (key.length < 4) return undefined
  let best: string | undefined
  let bestScore = Number.POSITIVE_INFINITY
  let tie = false
  for (const each of new Set(names)) {
    const other = normal(each)
    const score =
      other === key
        ? 0
        : loose && other.length >= 5 && (other.includes(key) || key.includes(other))
          ? 3
          : Math.abs(other.length - key.length) <= 2 && Math.min(key.length, other.length) >= 6
            ? nearScore(editDistance(key, other, 2))
            : Number.POSITIVE_INFINITY
    if (score > 3) continue
    if (score < bestScore) {
      best = each
      bestScore = score
      tie = false
    } else if (score === bestScore) tie = true
  }
  return tie ? undefined : best
}

/** Two names at most two edits apart are close (`1`, `2`); further apart, not. */
function nearScore(edits: number): number {
  return edits <= 2 ? edits : Number.POSITIVE_INFINITY
}

/** Lower case, letters and digits only, without the extension. */
function normal(name: string): string {
  return name
    .replace(/\.(?:md|markdown)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}

/** Levenshtein distance, or `bound + 1` once it exceeds `bound` (names are short: at most 255). */
function editDistance(a: string, b: string, bound: number): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let low = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      current.push(value)
      low = Math.min(low, value)
    }
    if (low > bound) return bound + 1
    previous = current
  }
  return Math.min(previous[b.length] ?? bound + 1, bound + 1)
}

function existsAnyCase(model: SuiteModel, target: string): boolean {
  const wanted = path.basename(target).toLowerCase()
  for (const name of model.folder(path.dirname(target)).names) {
    if (name.toLowerCase() === wanted) return true
  }
  return false
}

/**
 * Whether a prompt of the folder (or of the suite above it) names `name`
 * outside its Dependencies: a file the suite generates, not one to provide.
 */
export function generated(model: SuiteModel, dir: string, name: string): boolean {
  const wanted = name.toLowerCase()
  const parent = model.parentSuite(dir)
  for (const each of parent ? [dir, parent] : [dir]) {
    for (const prompt of model.folder(each).prompts) {
      const facts = model.facts(path.join(each, prompt.name))
      if (
        facts?.fileNames.some(
          (mention) =>
            mention.value.toLowerCase() === wanted && !mention.section.startsWith('dependencies')
        )
      )
        return true
    }
  }
  return false
}
