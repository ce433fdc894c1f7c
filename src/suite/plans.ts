/**
 * Plans: the documents beside the prompts that list them.
 *
 * A plan is a markdown file that is not a prompt (or a preprompt listing its
 * suite's pairs), whatever its name, that names two or more prompt files (in
 * lists, tables, links, code spans or plain text, with or without `\_`
 * escapes); beside no prompt, at least half of the names must be prompts of the
 * repository (a plan above its package folders, `prompt_structure.md`). A name written with a folder
 * (`testdata/x.md`, a link) resolves against the plan's folder; a bare name to
 * the prompt of that name in the plan's folder or any folder below it (a plan
 * in the package folder names the nested `testdata/` prompts by bare name),
 * else anywhere in the repository.
 *
 * Built through `SuiteModel` (`plan`, `plans`, `unlisted`…), once per run.
 */
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {related} from '../engine/report.js'
import type {NameMention, Span} from './facts.js'
import {missing, type Missing} from './missing.js'
import type {Folder, SuiteModel} from './model.js'
import {isMarkdownName, parsePromptName, type PromptName} from './names.js'

export interface PlanEntry extends Span {
  /** The name as written, folder included, escapes removed (`testdata/x_red.md`). */
  written: string
  /** The file name alone. */
  name: string
  /** The name read as a prompt name. */
  prompt: PromptName
  /** The prompt file it names, absolute, when it exists. */
  file: string | undefined
  /** The suite folder the name belongs to (absolute): where it is, or where it was expected. */
  folder: string | undefined
  /** For a name not on disk: the prompt it evidently means now (absolute), and whether another rule reports its absence. */
  missing: (Omit<Missing, 'meant'> & {meant: string | undefined}) | undefined
  /** What the plan says of the file (`"Red" prompt for the ConfigGenerator unit test.`). */
  description: string
}

export interface Plan {
  /** Absolute path of the plan. */
  file: string
  dir: string
  entries: PlanEntry[]
}

/** A run of prompts a plan does not list: a pair (red and green) or one prompt. */
export interface Unlisted {
  folder: string
  prompts: PromptName[]
  /** The entry the run would follow in the list (the nearest listed prompt before it), else the suite's first entry. */
  near: PlanEntry
  /** How many prompts of the suite the plan lists, of how many. */
  listed: number
  total: number
}

/** Prompt names below a folder: name → absolute paths, nearest folder first. */
export type NameIndex = ReadonlyMap<string, string[]>

const maxFolders = 2_000
const maxDepth = 16

/** Prompt files in `dir` and the folders below it, by name (breadth first, bounded). */
export function indexBelow(model: SuiteModel, dir: string): Map<string, string[]> {
  const index = new Map<string, string[]>()
  const queue: Array<[string, number]> = [[dir, 0]]
  for (let seen = 0; queue.length > 0 && seen < maxFolders; seen++) {
    const [each, depth] = queue.shift()!
    const folder = model.folder(each)
    for (const prompt of folder.prompts) {
      const file = path.join(each, prompt.name)
      if (model.ignored(file)) continue
      index.set(prompt.name, [...(index.get(prompt.name) ?? []), file])
    }
    if (depth >= maxDepth) continue
    for (const child of folder.folders) {
      const base = path.basename(child)
      if (base !== 'node_modules' && !base.startsWith('.') && !model.ignored(child + '/')) {
        queue.push([child, depth + 1])
      }
    }
  }
  return index
}

/** The plan a document is, or `undefined` when it is no plan. */
export function readPlan(model: SuiteModel, file: string): Plan | undefined {
  const dir = path.dirname(file)
  if (!isPlanName(path.basename(file))) return undefined
  const facts = model.facts(file)
  if (!facts) return undefined
  const mentions = facts.promptNames.filter(
    (each) => !each.external && parsePromptName(each.value) !== undefined
  )
  if (new Set(mentions.map((each) => each.value)).size < 2) return undefined
  const index = model.promptsBelow(dir)
  const suites = model.suitesBelow(dir)
  const entries = mentions.map((mention) => entry(model, dir, mention, index, suites))
  // A bare name that is nowhere belongs where the entries around it are (a project plan's
  // `## feed` list): the folder of the nearest entry before it that names a file, else after it.
  entries.forEach((each, at) => {
    if (each.file || mentions[at]!.folder) return
    const near =
      entries.slice(0, at).findLast((other) => other.file)?.folder ??
      entries.slice(at + 1).find((other) => other.file)?.folder
    if (near && near !== each.folder) {
      const found = entry(model, dir, mentions[at]!, index, suites, near)
      if (found.folder === near) entries[at] = found
    }
  })
  // Beside no prompt, a document is a plan of this repository when most names it gives are
  // prompts that are here (not a methodology note with example names).
  if (model.folder(dir).prompts.length === 0) {
    const names = new Set(entries.map((each) => each.name))
    const here = new Set(entries.filter((each) => each.file).map((each) => each.name))
    if (here.size * 2 < names.size || here.size === 0) return undefined
  }
  return {file, dir, entries}
}

/** Whether a file may be a plan: a markdown document, or a preprompt (which may list the suite's pairs). */
export function isPlanName(name: string): boolean {
  const prompt = parsePromptName(name)
  return prompt ? prompt.kind === 'preprompt' : isMarkdownName(name)
}

function entry(
  model: SuiteModel,
  dir: string,
  mention: NameMention,
  index: NameIndex,
  suites: string[],
  near?: string
): PlanEntry {
  const prompt = parsePromptName(mention.value)!
  const base = {
    line: mention.line,
    column: mention.column,
    endLine: mention.endLine,
    endColumn: mention.endColumn,
    written: mention.folder + mention.value,
    name: mention.value,
    prompt,
    description: mention.description
  }
  let file: string | undefined
  let candidates: string[]
  if (mention.folder) {
    const target = path.resolve(dir, mention.folder, mention.value)
    if (model.exists(target) && model.prompt(target)) file = target
    candidates = [path.dirname(target)]
  } else {
    // Below the plan, else anywhere in the repository (a plan beside the suites, not above them).
    file =
      index.get(mention.value)?.[0] ??
      model
        .markdownNamed(model.root(dir), mention.value)
        .find((each) => path.basename(each) === mention.value)
    candidates = suites.filter((each) => model.folder(each).prefix === prompt.prefix)
    if (candidates.length === 0) {
      candidates = model
        .suiteFolders(model.root(dir))
        .filter((each) => model.folder(each).prefix === prompt.prefix)
    }
  }
  if (file) return {...base, file, folder: path.dirname(file), missing: undefined}
  if (near && candidates.includes(near)) candidates = [near]
  // Where the name was expected: the first candidate suite that accounts for it, else the first.
  let found: {folder: Folder; missing: Missing} | undefined
  for (const candidate of candidates) {
    const folder = model.folder(candidate)
    if (folder.prompts.length === 0) continue
    const said = missing(model, folder, prompt)
    if (said.reportedBy || said.meant) {
      found = {folder, missing: said}
      break
    }
    found ??= {folder, missing: said}
  }
  return {
    ...base,
    file: undefined,
    folder: found?.folder.dir ?? candidates[0],
    missing: {
      reportedBy: found?.missing.reportedBy,
      meant: found?.missing.meant && path.join(found.folder.dir, found.missing.meant.name)
    }
  }
}

/** The file an entry stands for: the file it names, else the one it evidently means. */
export function standsFor(entry: PlanEntry): string | undefined {
  return entry.file ?? entry.missing?.meant
}

/**
 * The prompts of the suites a plan lists most of (more than half) that it does
 * not list, a red and its green together. A preprompt that is not the one in
 * force (`preprompt` reports it) is not expected in the plan.
 */
export function unlistedIn(model: SuiteModel, plan: Plan): Unlisted[] {
  const bySuite = new Map<string, Map<string, PlanEntry>>()
  for (const each of plan.entries) {
    const file = standsFor(each)
    if (!file) continue
    const dir = path.dirname(file)
    const listed = bySuite.get(dir) ?? new Map<string, PlanEntry>()
    if (!listed.has(path.basename(file))) listed.set(path.basename(file), each)
    bySuite.set(dir, listed)
  }
  const found: Unlisted[] = []
  for (const [dir, listed] of bySuite) {
    const folder = model.folder(dir)
    const [inForce] = folder.preprompts
    const expected = folder.prompts.filter(
      (each) =>
        (each.kind !== 'preprompt' || each === inForce) &&
        path.join(dir, each.name) !== plan.file &&
        !model.ignored(path.join(dir, each.name))
    )
    const count = expected.filter((each) => listed.has(each.name)).length
    if (count * 2 <= expected.length || count === expected.length) continue
    const first = plan.entries.find((each) => path.dirname(standsFor(each) ?? '') === dir)!
    const done = new Set<string>()
    for (const prompt of expected) {
      if (listed.has(prompt.name) || done.has(prompt.name)) continue
      const run = [prompt]
      const partner = model.partner(folder, prompt)
      if (partner && !listed.has(partner.name) && expected.includes(partner)) run.push(partner)
      run.sort((a, b) => (a.name < b.name ? -1 : 1))
      for (const each of run) done.add(each.name)
      const before = [...listed.keys()]
        .filter((name) => name < run[0]!.name)
        .sort()
        .pop()
      found.push({
        folder: dir,
        prompts: run,
        near: (before && listed.get(before)) || first,
        listed: count,
        total: expected.length
      })
    }
  }
  return found
}

/** The entries of plans in `dir` or a folder above it (within its scope) that name `file` or stand for it. */
export function entriesFor(model: SuiteModel, file: string): Array<{plan: Plan; entry: PlanEntry}> {
  const found: Array<{plan: Plan; entry: PlanEntry}> = []
  const top = model.root(path.dirname(file))
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    for (const plan of model.plans(dir)) {
      for (const entry of plan.entries) {
        const named = entry.file ?? (entry.folder && path.join(entry.folder, entry.name))
        if (named === file) found.push({plan, entry})
      }
    }
    if (dir === top || path.dirname(dir) === dir) break
  }
  return found
}

/** The first plan entry naming `file` (which may not exist), as a related location for a rule's finding on a prompt. */
export function planMention(
  model: SuiteModel,
  file: string,
  reason: string
): VFileMessage | undefined {
  const [found] = entriesFor(model, file)
  if (!found) return undefined
  return related(found.plan.dir, path.basename(found.plan.file), reason, {
    line: found.entry.line,
    column: found.entry.column
  })
}

/** A component a suite's red and green titles name (`… for <Component>`). */
export interface Component {
  /** As the title writes it. */
  name: string
  /** Its words joined, lower case (`remotedirectorclient`, `publisher`). */
  key: string
  /** A prompt whose title names it, absolute. */
  file: string
}

/** The components the judged red and green titles of a suite folder name, each once. */
export function componentsOf(model: SuiteModel, dir: string): Component[] {
  const folder = model.folder(dir)
  const seen = new Map<string, Component>()
  for (const prompt of folder.prompts) {
    if (prompt.kind !== 'red' && prompt.kind !== 'green') continue
    const file = path.join(dir, prompt.name)
    const facts = model.facts(file)
    const name = model.judged(prompt, facts) ? facts.title?.component : undefined
    const key = name && componentKey(name)
    if (name && key && !seen.has(key)) seen.set(key, {name, key, file})
  }
  return [...seen.values()]
}

const ignoredWords = new Set([
  'the',
  'a',
  'an',
  'service',
  'package',
  'component',
  'class',
  'module',
  'struct',
  'interface'
])

/** Lower-case words, without possessives, articles and words like `service`. */
export function componentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !ignoredWords.has(word))
}

/** `Publisher Service` → `publisher`; `RemoteDirectorClient` → `remotedirectorclient`. */
export function componentKey(name: string): string {
  return componentWords(name).join('')
}

/** Whether consecutive words of `list` join to `key` (`remote director client` names `remotedirectorclient`). */
export function mentions(list: string[], key: string): boolean {
  if (!key) return false
  for (let start = 0; start < list.length; start++) {
    let joined = ''
    for (let end = start; end < list.length && joined.length < key.length; end++) {
      joined += list[end]
      if (joined === key) return true
    }
  }
  return false
}
