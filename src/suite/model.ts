/**
 * The suite model: every cross-file fact a lint run needs, built for that run
 * and dropped with it (a long-lived process, an editor's language server, sees
 * the disk as it is at each check).
 *
 * - Folders are listed once per run and their prompts indexed by name and number.
 * - The scope of a file is its repository: the nearest folder above it that holds
 *   `.git` or a configuration file. The prompts of a scope are found once per run
 *   and read once (bounded), for the house style and the pairs' facts.
 * - A folder's preprompt is its own, else the nearest ancestor folder's, else one
 *   its prompts link to, else the configured one.
 */
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import type {VFile} from 'vfile'
import {Recent} from './recent.js'
import {linkTarget} from './markdown.js'
import {readFacts, type Facts} from './facts.js'
import {diskFs, memoryFs, RealPaths, type Entry, type SuiteFs} from './fs.js'
import {
  componentsOf,
  entriesFor,
  indexBelow,
  readPlan,
  unlistedIn,
  type Component,
  type NameIndex,
  type Plan,
  type PlanEntry,
  type Unlisted
} from './plans.js'
import {isPrepromptName, isRoleName} from './roles.js'
import {
  buildRequirements,
  defaultDocumentWords,
  isRequirementName,
  type Requirements
} from './requirements.js'
import {
  isMarkdownName,
  kinds,
  learnScheme,
  narrowest,
  parsePromptName,
  partnerKind,
  stepNumbers,
  toSnakeCase,
  type Kind,
  type LearnedScheme,
  type NameSettings,
  type PromptName
} from './names.js'

export interface ModelSettings {
  /** Files in memory (absolute path → text) instead of the disk. */
  files?: Record<string, string>
  /** The folder a scope falls back to when no repository marker is found above a file. */
  root?: string
  /** Folder → preprompt, both absolute: for a folder that has none of its own. */
  preprompts?: Record<string, string>
  /** gitignore patterns relative to `ignoreBase` (default `root`): left out of every scope. */
  ignore?: string[]
  ignoreBase?: string
  /** House styles already computed (by another thread of the run): scope root → style. */
  styles?: Record<string, SharedStyle>
  /** Leave out of every scope what the repository's `.gitignore` files exclude (default true). */
  gitignore?: boolean
  /** The house style: inferred from the scope (default) when at least `minimum` prompts of a kind exist, a part counting when `threshold` of them have it. */
  style?: StyleSettings
}

export interface StyleSettings {
  infer?: boolean
  threshold?: number
  minimum?: number
  /** The naming scheme, pinned part by part (the rest is learned from the names). */
  names?: NameSettings
}

/** The evidence for a part of the house style: how many prompts of the kind have it, of how many. */
export interface Evidence {
  count: number
  total: number
  /** How the part is most often written. */
  display: string
  /** The prompts counted, when not those of the kind (`red and green prompts`). */
  of?: string
}

export interface Folder {
  dir: string
  /** Every entry name (files and folders). */
  names: ReadonlySet<string>
  /** Prompt files, sorted by name. */
  prompts: PromptName[]
  byName: ReadonlyMap<string, PromptName>
  /** The prefix most prompts share (`testdata`), `''` for none. */
  prefix: string
  /** Preprompts in the folder, the one in force first. */
  preprompts: PromptName[]
  /** Numbered prompts (red, green, foundation) by number. */
  byNumber: ReadonlyMap<number, PromptName[]>
  /** Markdown files that are not prompts. */
  documents: string[]
  /** Preprompts named for their role (`meta-prompt.md`, `context.md`), absolute, by name. */
  roles: string[]
  /** Sub-folders. */
  folders: string[]
}

export interface Resolved {
  /** Absolute path of the preprompt. */
  file: string
  how: 'own' | 'ancestor' | 'linked' | 'configured'
}

/** How often each part occurs among the prompts of one kind in a scope. */
export interface KindStyle {
  /** Prompts counted (non-empty, their phase agreeing with their name). */
  total: number
  /** Part → number of prompts that have it. */
  counts: Map<string, number>
  /** Part → how it is most often written (`Prompt Changelog`). */
  display: Map<string, string>
}

export type Style = Record<Kind, KindStyle>

/** A style as plain data, to hand to another thread: the kinds worked out so far. */
export type SharedStyle = Partial<
  Record<Kind, {total: number; counts: Array<[string, number]>; display: Array<[string, string]>}>
>

/** One kind of a style as plain data. */
function shareKind(style: KindStyle): NonNullable<SharedStyle[Kind]> {
  return {total: style.total, counts: [...style.counts], display: [...style.display]}
}

function unshareKind(shared: NonNullable<SharedStyle[Kind]>): KindStyle {
  return {total: shared.total, counts: new Map(shared.counts), display: new Map(shared.display)}
}

export interface Scope {
  root: string
  /** Prompt files, absolute, sorted. */
  prompts: string[]
  /** Folders that hold prompts. */
  folders: string[]
  /** Markdown files in scope whose name contains `requirement`. */
  requirementDocuments: string[]
  /** Every markdown file in scope that is not a prompt, sorted. */
  documents: string[]
}

const markers = ['.git', '.tddpromptlintrc.json', '.tddpromptlintrc.yaml', '.tddpromptlintrc.yml']
const skippedFolders = new Set(['.git', 'node_modules'])
const maxFolders = 20_000
/**
 * Facts of other files kept at once: a run reads each file's neighbours and the prompts of
 * its style scope, in name order, and checks them next.
 */
const maxCachedFacts = 128
/** Plans kept at once (each holds its entries; a file asks for the plans of its folder and above). */
const maxCachedPlans = 16
/**
 * Folder listings kept at once: the folders of the files linted lately and the
 * folders above them (a run lints a suite's files together). A scope's walk lists
 * every folder once; what it found is kept in the scope, not in the listings.
 */
const maxCachedFolders = 256
/** Indexes of the prompts below a folder kept at once (a plan's folder and those above it). */
const maxCachedIndexes = 32
/** The longest text kept beside its facts (see `own`). */
const maxKeptText = 64 * 1024
const maxDepth = 64
/** A folder with more sub-folders than this is not taken for a folder of suites (a home or temp folder). */
const maxSiblings = 200

export class SuiteModel {
  readonly fs: SuiteFs
  readonly settings: ModelSettings
  /** Real paths of the files read (a file is read only from within its repository). */
  readonly realPaths = new RealPaths()
  private readonly entriesCache = new Recent<Entry[]>(maxCachedFolders)
  private readonly folderCache = new Recent<Folder>(maxCachedFolders)
  private readonly factsCache = new Recent<{text: string | undefined; facts: Facts | undefined}>(
    maxCachedFacts
  )
  private ownFacts: {file: VFile; facts: Facts} | undefined
  private readonly rootCache = new Map<string, string>()
  private readonly scopeCache = new Map<string, Scope>()
  /** Scope root → the kinds of its house style worked out so far (each kind read only when asked). */
  private readonly styleCache = new Map<string, Partial<Style>>()
  private readonly schemeCache = new Map<string, LearnedScheme>()
  private readonly sequenceCache = new Map<string, string[]>()
  private readonly pairedCache = new Map<string, number>()
  private readonly folderStyleCache = new Map<string, KindStyle>()
  private readonly prepromptCache = new Map<string, Resolved | undefined>()
  private readonly planCache = new Recent<Plan | undefined>(maxCachedPlans)
  private readonly belowCache = new Recent<NameIndex>(maxCachedIndexes)
  private readonly suitesCache = new Map<string, string[]>()
  private readonly unlistedCache = new Map<string, Unlisted[]>()
  private readonly requirementsCache = new Map<string, Requirements>()
  private readonly outlineCache = new Map<string, {folders: string[]; documents: string[]}>()
  private readonly componentsCache = new Map<string, Component[]>()
  private readonly namesCache = new Map<string, Map<string, string[]>>()
  private readonly ignoreRules: Ignore | undefined
  /** Folder → the rules of its own `.gitignore`, `null` when it has none. */
  private readonly gitignoreCache = new Map<string, Ignore | null>()

  constructor(settings: ModelSettings = {}) {
    this.settings = settings
    // The disk is read within each file's repository (see `read`), not within the
    // working folder: a file gets the same facts from any working folder.
    this.fs = settings.files ? memoryFs(settings.files) : diskFs(undefined)
    this.ignoreRules = settings.ignore?.length ? ignore().add(settings.ignore) : undefined
  }

  /** A folder: listed again only when the folders used since have pushed it out (`maxCachedFolders`). */
  folder(dir: string): Folder {
    return this.folderCache.get(dir, () => buildFolder(dir, this.entries(dir)))
  }

  /** The folder of a file, with the file itself in it even when it is not on disk (an unsaved buffer). */
  folderOf(file: string): Folder {
    const dir = path.dirname(file)
    const folder = this.folder(dir)
    const name = path.basename(file)
    if (folder.names.has(name)) return folder
    const entries = [...folder.names].map((each) => ({name: each, folder: false}))
    const folders = new Set(folder.folders.map((each) => path.basename(each)))
    return buildFolder(dir, [
      ...entries.map((entry) => ({...entry, folder: folders.has(entry.name)})),
      {name, folder: false}
    ])
  }

  /** The prompt a path names, if it is a prompt file. */
  prompt(file: string): PromptName | undefined {
    return this.folderOf(file).byName.get(path.basename(file))
  }

  /** Whether a file exists, by its folder's listing. */
  exists(file: string): boolean {
    return this.folder(path.dirname(file)).names.has(path.basename(file))
  }

  /** The facts of a file on disk, read once per run; `undefined` when it cannot be read. */
  facts(file: string): Facts | undefined {
    // The files a check reads beside its own are its neighbours (a pair, a plan):
    // the last `maxCachedFacts` used are kept, not a whole run's.
    return this.factsCache.get(file, () => this.load(file)).facts
  }

  /** The facts of a file, from the cache when it is there, else read and not kept. */
  peek(file: string): Facts | undefined {
    return (this.factsCache.peek(file) ?? this.load(file)).facts
  }

  /** A file's facts read from the disk, with its text when it is short (see `own`). */
  private load(file: string): {text: string | undefined; facts: Facts | undefined} {
    const text = this.read(file)
    const facts = text === undefined ? undefined : readFacts(text)
    return {text: text && text.length <= maxKeptText ? text : undefined, facts}
  }

  /** The facts of the file being linted: from its own text (the buffer), not the disk; read once per file. */
  own(file: VFile): Facts {
    // The rules run on one file after another: the last file's facts are all that is kept
    // (a run keeps its results, so a map keyed by file would keep every file's facts).
    if (this.ownFacts?.file !== file) {
      const text = String(file.value ?? '')
      // The same text as the disk's, read already (a plan's entries, a pair's partner): the same facts.
      const cached = file.path ? this.factsCache.peek(path.resolve(file.cwd, file.path)) : undefined
      const facts = cached?.facts && cached.text === text ? cached.facts : readFacts(text)
      this.ownFacts = {file, facts}
    }
    return this.ownFacts.facts
  }

  /**
   * The repository a folder belongs to: the nearest folder above it that holds a
   * marker (`.git`, a configuration file); without one, the folder of suites it
   * is part of (see `unmarkedRoot`). Never the working folder: a file has one
   * scope whatever folder the linter runs in.
   */
  root(dir: string): string {
    let found = this.rootCache.get(dir)
    if (found) return found
    for (let each = dir; ; each = path.dirname(each)) {
      const names = this.folder(each).names
      if (markers.some((marker) => names.has(marker))) {
        found = each
        break
      }
      if (path.dirname(each) === each) {
        found = this.unmarkedRoot(dir)
        break
      }
    }
    this.rootCache.set(dir, found)
    return found
  }

  /**
   * The scope of a folder no marker is above (a copy of a suite, an unpacked
   * tarball): climb while the folder above holds prompts, a shared document (a
   * role-named preprompt, requirements) or other suite folders beside this one.
   */
  private unmarkedRoot(dir: string): string {
    let top = dir
    for (let parent = path.dirname(top); parent !== top; parent = path.dirname(top)) {
      const folder = this.folder(parent)
      const shared = folder.documents.some((document) =>
        /requirement/i.test(path.basename(document))
      )
      const siblings =
        folder.folders.length <= maxSiblings &&
        folder.folders.some((child) => child !== top && this.folder(child).prompts.length > 0)
      if (folder.prompts.length === 0 && !shared && !siblings && !folder.roles.length) break
      top = parent
    }
    return top
  }

  /** A file's text, from within its repository only (a symbolic link out of it is not followed). */
  private read(file: string): string | undefined {
    if (!this.settings.files) {
      const root = this.root(path.dirname(file))
      const real = this.realPaths.folder(root) ?? root
      const inside = path.relative(real, this.realPaths.of(file) ?? '/')
      if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return undefined
    }
    return this.fs.read(file)
  }

  /** Everything a scope holds: its prompt files and folders, found once per run. */
  scope(root: string): Scope {
    const found = this.scopeCache.get(root)
    if (found) return found
    const scope: Scope = {root, prompts: [], folders: [], requirementDocuments: [], documents: []}
    this.walk(root, (dir) => {
      const folder = this.folder(dir)
      if (folder.prompts.length > 0) scope.folders.push(dir)
      for (const prompt of folder.prompts) {
        const file = path.join(dir, prompt.name)
        if (!this.isIgnored(file)) scope.prompts.push(file)
      }
      for (const document of folder.documents) {
        if (this.isIgnored(document)) continue
        scope.documents.push(document)
        if (/requirement/i.test(path.basename(document))) scope.requirementDocuments.push(document)
      }
    })
    scope.prompts.sort()
    scope.documents.sort()
    this.scopeCache.set(root, scope)
    return scope
  }

  /**
   * What a scope's requirement documents need of it, from the listings alone:
   * the folders that hold prompts and the markdown documents a name of which
   * contains one of `words`, sorted. The scope's own answer when it is known;
   * else no prompt's name is parsed beyond the first of each folder.
   */
  outline(root: string, words: readonly string[]): {folders: string[]; documents: string[]} {
    const known = this.scopeCache.get(root)
    if (known) {
      const documents = known.documents.filter((file) =>
        isRequirementName(path.basename(file), words)
      )
      return {folders: known.folders, documents}
    }
    const key = root + '\0' + words.join('\0')
    const cached = this.outlineCache.get(key)
    if (cached) return cached
    const outline: {folders: string[]; documents: string[]} = {folders: [], documents: []}
    this.walk(root, (dir, entries) => {
      const files = entries.filter((entry) => !entry.folder).map((entry) => entry.name)
      if (files.some((name) => parsePromptName(name))) outline.folders.push(dir)
      for (const name of files) {
        if (!isMarkdownName(name) || !isRequirementName(name, words) || parsePromptName(name)) {
          continue
        }
        const document = path.join(dir, name)
        if (!this.isIgnored(document)) outline.documents.push(document)
      }
    })
    outline.documents.sort()
    this.outlineCache.set(key, outline)
    return outline
  }

  /** The folders of a scope, breadth first (each with its listing), as far as the bounds go. */
  private walk(root: string, visit: (dir: string, entries: Entry[]) => void): void {
    const queue: Array<[string, number]> = [[root, 0]]
    let seen = 0
    while (queue.length > 0 && seen < maxFolders) {
      const [dir, depth] = queue.shift()!
      seen++
      const entries = this.entries(dir)
      visit(dir, entries)
      if (depth >= maxDepth) continue
      const children = entries
        .filter((entry) => entry.folder)
        .map((entry) => entry.name)
        .sort()
      for (const name of children) {
        const child = path.join(dir, name)
        if (!skippedFolders.has(name) && !this.isIgnored(child + '/')) {
          queue.push([child, depth + 1])
        }
      }
    }
  }

  /** A folder's entries (kept as its `Folder` is). */
  private entries(dir: string): Entry[] {
    return this.entriesCache.get(dir, () => this.fs.list(dir) ?? [])
  }

  /** Whether the configured ignore patterns leave a file (or, with a trailing `/`, a folder) out of every scope. */
  ignored(file: string): boolean {
    return this.isIgnored(file)
  }

  /** Prompt files in `dir` and the folders below it, by name, nearest first: what a plan's bare names resolve to. */
  promptsBelow(dir: string): NameIndex {
    return this.belowCache.get(dir, () => indexBelow(this, dir))
  }

  /** Folders that hold prompts: `dir` and those below it, nearest first. */
  suitesBelow(dir: string): string[] {
    let found = this.suitesCache.get(dir)
    if (!found) {
      const dirs = new Set<string>()
      for (const files of this.promptsBelow(dir).values()) {
        for (const file of files) dirs.add(path.dirname(file))
      }
      found = [...dirs].sort((a, b) => depthOf(a) - depthOf(b) || (a < b ? -1 : a > b ? 1 : 0))
      this.suitesCache.set(dir, found)
    }
    return found
  }

  /** The plan a markdown file is (a document or a preprompt that names two or more prompt files), else `undefined`. */
  plan(file: string): Plan | undefined {
    // The plans of the files linted lately are kept (a plan's entries hold its text).
    return this.planCache.get(file, () => readPlan(this, file))
  }

  /** The plans in a folder. */
  plans(dir: string): Plan[] {
    const folder = this.folder(dir)
    const preprompts = folder.preprompts.map((each) => path.join(dir, each.name))
    return [...folder.documents, ...preprompts]
      .map((file) => this.plan(file))
      .filter((plan) => plan !== undefined)
  }

  /** The prompts of the suites a plan lists most of that it does not list (a pair together). */
  unlisted(plan: Plan): Unlisted[] {
    let found = this.unlistedCache.get(plan.file)
    if (!found) {
      found = unlistedIn(this, plan)
      this.unlistedCache.set(plan.file, found)
    }
    return found
  }

  /** The markdown files of a scope (prompts and documents) by lower-case name: what a bare name in prose may mean. */
  markdownByName(root: string): ReadonlyMap<string, string[]> {
    let found = this.namesCache.get(root)
    if (!found) {
      found = new Map()
      const scope = this.scope(root)
      for (const file of [...scope.prompts, ...scope.documents]) {
        const name = path.basename(file).toLowerCase()
        found.set(name, [...(found.get(name) ?? []), file])
      }
      this.namesCache.set(root, found)
    }
    return found
  }

  /**
   * The markdown files of a scope with this name, in any case: what a bare name in
   * prose may mean. (One name's files, not the whole listing: a run with `--cache`
   * keeps the answer, and another name added to the repository does not change it.)
   */
  markdownNamed(root: string, name: string): readonly string[] {
    return this.markdownByName(root).get(name.toLowerCase()) ?? []
  }

  /** The folders of a scope that hold prompts. */
  suiteFolders(root: string): readonly string[] {
    return this.scope(root).folders
  }

  /** Whether a scope holds any prompt. */
  hasPrompts(root: string): boolean {
    return this.scope(root).prompts.length > 0
  }

  /** The components the red and green titles of a suite folder name (what a plan entry may name). */
  components(dir: string): Component[] {
    let found = this.componentsCache.get(dir)
    if (!found) {
      found = componentsOf(this, dir)
      this.componentsCache.set(dir, found)
    }
    return found
  }

  /** Plan entries, in the file's folder or above it, that name a prompt file (whether or not it exists). */
  planEntries(file: string): Array<{plan: Plan; entry: PlanEntry}> {
    return entriesFor(this, file)
  }

  /** The requirement documents of a scope, the IDs they define and the prompts' citations (`words`: what a document's name contains). */
  requirements(root: string, words: readonly string[] = defaultDocumentWords): Requirements {
    const key = root + '\0' + words.join('\0')
    let found = this.requirementsCache.get(key)
    if (!found) {
      found = buildRequirements(this, root, words)
      this.requirementsCache.set(key, found)
    }
    return found
  }

  private isIgnored(file: string): boolean {
    if (this.settings.gitignore !== false && this.isGitIgnored(file)) return true
    if (!this.ignoreRules) return false
    const base = this.settings.ignoreBase ?? this.settings.root
    if (!base) return false
    const relative = path.relative(base, file).split(path.sep).join('/')
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false
    return this.ignoreRules.ignores(relative)
  }

  /**
   * Whether the `.gitignore` files of the folders from a file's repository down to
   * its own folder leave it out (a folder: with a trailing `/`), the nearest file
   * with a say deciding, as git reads them.
   */
  private isGitIgnored(file: string): boolean {
    const folder = file.endsWith('/')
    const target = folder ? file.slice(0, -1) : file
    const top = this.root(path.dirname(target))
    for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
      const rules = this.gitignoreOf(dir)
      if (rules) {
        const relative = path.relative(dir, target).split(path.sep).join('/') + (folder ? '/' : '')
        const {ignored, unignored} = rules.test(relative)
        if (ignored || unignored) return ignored
      }
      if (dir === top || path.dirname(dir) === dir) return false
    }
  }

  /** The rules of a folder's own `.gitignore`, read once per run. */
  private gitignoreOf(dir: string): Ignore | undefined {
    let found = this.gitignoreCache.get(dir)
    if (found === undefined) {
      const listed = this.entries(dir).some((entry) => entry.name === '.gitignore' && !entry.folder)
      const text = listed ? this.fs.read(path.join(dir, '.gitignore')) : undefined
      found = text ? ignore().add(text) : null
      this.gitignoreCache.set(dir, found)
    }
    return found ?? undefined
  }

  /** The preprompt a folder works under. */
  preprompt(dir: string): Resolved | undefined {
    if (this.prepromptCache.has(dir)) return this.prepromptCache.get(dir)
    const resolved = this.resolvePreprompt(dir)
    this.prepromptCache.set(dir, resolved)
    return resolved
  }

  /**
   * Nearest first, up to the repository: a folder's own numbered preprompt, else
   * its role-named one (`meta-prompt.md`, `context.md`); then the one its prompts
   * link (a preprompt-named file, or the markdown file most of them link or name);
   * then the configured one.
   */
  private resolvePreprompt(dir: string): Resolved | undefined {
    const top = this.root(dir)
    for (let each = dir; ; each = path.dirname(each)) {
      const folder = this.folder(each)
      const [numbered] = folder.preprompts
      const file = numbered ? path.join(each, numbered.name) : folder.roles[0]
      if (file) return {file, how: each === dir ? 'own' : 'ancestor'}
      if (each === top || path.dirname(each) === each) break
    }
    const linked = this.linkedContext(this.folder(dir))
    if (linked) return {file: linked, how: 'linked'}
    const configured = this.settings.preprompts?.[dir]
    return configured ? {file: configured, how: 'configured'} : undefined
  }

  /**
   * The context a folder's prompts link or name: a preprompt-named file one of
   * them links, else the one markdown file (not a prompt, not a requirement
   * document) that more than half of them link or name.
   */
  private linkedContext(folder: Folder): string | undefined {
    const prompts = folder.prompts.filter((prompt) => prompt.kind !== 'preprompt')
    const tally = new Map<string, number>()
    for (const prompt of prompts) {
      const facts = this.facts(path.join(folder.dir, prompt.name))
      const targets = new Set<string>()
      for (const link of facts?.links ?? []) {
        const target = linkTarget(link.value, folder.dir)
        if (target) targets.add(target)
      }
      for (const name of facts?.promptNames ?? []) {
        if (!name.external) targets.add(path.resolve(folder.dir, name.folder, name.value))
      }
      for (const target of targets) {
        const name = path.basename(target)
        if (!isMarkdownName(name) || !this.exists(target)) continue
        if (
          isPrepromptName(name) &&
          facts?.links.some((link) => linkTarget(link.value, folder.dir) === target)
        )
          return target
        if (parsePromptName(name) || /requirement/i.test(name)) continue
        tally.set(target, (tally.get(target) ?? 0) + 1)
      }
    }
    const [best] = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    return best && best[1] >= 2 && best[1] * 2 > prompts.length ? best[0] : undefined
  }

  /** The nearest folder above `dir` (inside its scope) that holds prompts. */
  parentSuite(dir: string): string | undefined {
    const top = this.root(dir)
    for (let each = dir; each !== top && path.dirname(each) !== each;) {
      each = path.dirname(each)
      if (this.folder(each).prompts.length > 0) return each
    }
    return undefined
  }

  /** The prompt of the other kind that pairs with a red or green one. */
  partner(folder: Folder, prompt: PromptName): PromptName | undefined {
    if (prompt.kind !== 'red' && prompt.kind !== 'green') return undefined
    const numbered = folder.byNumber.get(prompt.number) ?? []
    const others = numbered.filter(
      (each) => each.kind === partnerKind(prompt.kind as 'red' | 'green')
    )
    const same = numbered.filter((each) => each.kind === prompt.kind)
    return (
      others.find((each) => each.slug === prompt.slug) ??
      (others.length === 1 && same.length === 1 ? others[0] : undefined)
    )
  }

  /** Whether a prompt's phase label contradicts its name (a red file holding a green prompt). */
  mismatched(prompt: PromptName, facts: Facts | undefined): boolean {
    const said = phaseKind(facts?.phase?.word)
    return said !== undefined && prompt.kind !== 'preprompt' && said !== prompt.kind
  }

  /** Whether a prompt's content can be judged: readable, not blank, its phase agreeing with its name. */
  judged(prompt: PromptName, facts: Facts | undefined): facts is Facts {
    return facts !== undefined && !facts.blank && !this.mismatched(prompt, facts)
  }

  /** Whether a green refers to its red: links it, or cites a test file the red names. */
  refersToRed(folder: Folder, green: PromptName, facts: Facts): boolean | undefined {
    const red = this.partner(folder, green)
    if (!red) return undefined
    const linked = facts.links.some(
      (link) => path.basename(linkTarget(link.value, folder.dir) ?? '') === red.name
    )
    if (linked) return true
    // A path in one and a bare name in the other (`x/x_test.go`, `x_test.go`) is one file.
    const named = new Set(
      (this.facts(path.join(folder.dir, red.name))?.testFiles ?? []).flatMap((each) => [
        each.value,
        path.posix.basename(each.value)
      ])
    )
    return facts.testFiles.some(
      (each) => named.has(each.value) || named.has(path.posix.basename(each.value))
    )
  }

  /**
   * The house style of a scope (a folder and every folder below it): for each
   * kind, how many of its prompts have each part. Summed from each folder's own
   * counts, so a prompt is read once per run whatever the scopes it falls in.
   */
  style(root: string): Style {
    return {
      preprompt: this.kindStyle(root, 'preprompt'),
      red: this.kindStyle(root, 'red'),
      green: this.kindStyle(root, 'green'),
      foundation: this.kindStyle(root, 'foundation')
    }
  }

  /**
   * The house style of a scope for one kind: only the prompts of that kind are
   * read (a red prompt's style reads no preprompt, and the one preprompt of each
   * suite decides no red prompt's style).
   */
  kindStyle(root: string, kind: Kind): KindStyle {
    let kinds = this.styleCache.get(root)
    if (!kinds) {
      kinds = {}
      this.styleCache.set(root, kinds)
    }
    let found = kinds[kind]
    if (found) return found
    const shared = this.settings.styles?.[root]?.[kind]
    if (shared) {
      found = unshareKind(shared)
    } else {
      found = emptyStyle()
      if (this.settings.style?.infer !== false) {
        // No inference: nothing to count, no scope to read.
        for (const dir of this.scope(root).folders) addStyle(found, this.folderStyle(dir, kind))
      }
    }
    kinds[kind] = found
    return found
  }

  /**
   * The house styles worked out so far, as plain data for another thread of the
   * run: those of the kinds and scopes `sent` does not name yet (each then named in it).
   */
  sharedStyles(sent = new Set<string>()): Record<string, SharedStyle> {
    const shared: Record<string, SharedStyle> = {}
    for (const [root, style] of this.styleCache) {
      for (const kind of kinds) {
        const key = kind + '\0' + root
        if (!style[kind] || sent.has(key)) continue
        sent.add(key)
        shared[root] = {...shared[root], [kind]: shareKind(style[kind])}
      }
    }
    return shared
  }

  /** The counts of the prompts of one kind in one folder alone. */
  private folderStyle(dir: string, kind: Kind): KindStyle {
    const key = kind + '\0' + dir
    let found = this.folderStyleCache.get(key)
    if (found) return found
    found = emptyStyle()
    const folder = this.folder(dir)
    for (const prompt of folder.prompts) {
      if (prompt.kind !== kind) continue
      const file = path.join(dir, prompt.name)
      if (this.isIgnored(file)) continue
      // Kept with the last `maxCachedFacts` read: the files of a scope are mostly linted
      // next (a suite's prompts, then its preprompt's plan), not read again.
      const facts = this.facts(file)
      if (!this.judged(prompt, facts)) continue
      found.total++
      for (const [part, shown] of this.parts(folder, prompt, facts)) {
        found.counts.set(part, (found.counts.get(part) ?? 0) + 1)
        if (!found.display.has(part)) found.display.set(part, shown)
      }
    }
    this.folderStyleCache.set(key, found)
    return found
  }

  /**
   * Work out ahead the house style a file's rules ask for: that of its own kind
   * (the rules of a red prompt ask the red style, never the preprompts').
   */
  prepareStyle(file: string): void {
    const kind = this.prompt(file)?.kind
    if (kind) this.styleScope(path.dirname(file), kind)
  }

  /** The scopes a folder's house style may come from, narrowest first: the folder, each folder above it, its repository. */
  styleScopes(dir: string): string[] {
    const root = this.root(dir)
    const scopes = [dir]
    for (let each = dir; each !== root && path.dirname(each) !== each;) {
      each = path.dirname(each)
      scopes.push(each)
    }
    return scopes
  }

  /**
   * The scope that decides a folder's house style for a kind: the narrowest one
   * (the suite folder, the folder of its plan or of its generation, the
   * repository) that holds at least `minimum` prompts of the kind; two suites
   * of one repository written differently are each held to their own style.
   */
  styleScope(dir: string, kind: Kind): string {
    const {minimum = 5} = this.settings.style ?? {}
    const scopes = this.styleScopes(dir)
    return scopes.find((scope) => this.kindStyle(scope, kind).total >= minimum) ?? scopes.at(-1)!
  }

  /**
   * The naming scheme of a folder (red and green letters, separator, case),
   * learned from names only (listings, once per folder and scope per run) unless
   * the configuration pins it: a part the folder's own names decide (a choice at
   * least `threshold` of at least `minimum` of them make, or the one known choice
   * they all make), else its style scope's, else the default.
   */
  names(dir: string): LearnedScheme {
    let found = this.schemeCache.get(dir)
    if (!found) {
      const style = this.settings.style ?? {}
      const own = learnScheme(style.infer === false ? [] : this.folder(dir).prompts, style)
      found = narrowest(own, this.scopeNames(this.namesScope(dir)))
      this.schemeCache.set(dir, found)
    }
    return found
  }

  /** The narrowest style scope of a folder holding at least `minimum` prompt names. */
  private namesScope(dir: string): string {
    const {minimum = 5} = this.settings.style ?? {}
    const scopes = this.styleScopes(dir)
    return scopes.find((scope) => this.paired(scope) >= minimum) ?? scopes.at(-1)!
  }

  /** The red and green prompts of a scope, counted once per run (every folder of the scope asks). */
  private paired(root: string): number {
    let found = this.pairedCache.get(root)
    if (found === undefined) {
      found = this.scope(root).prompts.filter((file) => {
        const kind = this.prompt(file)?.kind
        return kind === 'red' || kind === 'green'
      }).length
      this.pairedCache.set(root, found)
    }
    return found
  }

  private scopeNames(root: string): LearnedScheme {
    const key = '\0' + root
    let found = this.schemeCache.get(key)
    if (!found) {
      const style = this.settings.style ?? {}
      const prompts =
        style.infer === false
          ? []
          : this.scope(root).prompts.flatMap((file) => this.prompt(file) ?? [])
      found = learnScheme(prompts, style)
      this.schemeCache.set(key, found)
    }
    return found
  }

  /**
   * The folders numbered in one sequence with `dir`, in their order: its sibling
   * package folders when their numbers continue each other (`api/` 01–02,
   * `store/` 03–05: only the first starts at 01, each starts at or after the end
   * of the one before), else `dir` alone. From the listings only.
   */
  numberingDomain(dir: string): string[] {
    const parent = path.dirname(dir)
    if (parent === dir || this.root(dir) === dir) return [dir]
    let shared = this.sequenceCache.get(parent)
    if (!shared) {
      shared = this.sharedSequence(parent)
      this.sequenceCache.set(parent, shared)
    }
    return shared.includes(dir) ? shared : [dir]
  }

  private sharedSequence(parent: string): string[] {
    const ranges = this.folder(parent)
      .folders.filter(
        (dir) => !skippedFolders.has(path.basename(dir)) && !this.isIgnored(dir + '/')
      )
      .map((dir) => ({dir, numbers: stepNumbers(this.folder(dir))}))
      .filter((each) => each.numbers.length > 0)
      .map(({dir, numbers}) => ({dir, low: numbers[0]!, high: numbers.at(-1)!}))
      .sort((a, b) => a.low - b.low || (a.dir < b.dir ? -1 : 1))
    if (ranges.length < 2) return []
    for (let index = 1; index < ranges.length; index++) {
      const {low} = ranges[index]!
      if (low <= 1 || low < ranges[index - 1]!.high) return []
    }
    return ranges.map((each) => each.dir)
  }

  /**
   * Whether another finding already explains the missing numbers `from`–`to` of a
   * numbering domain: a prompt whose title still carries one of them (`title`
   * reports it), or a plan in or above the domain's folders that lists a prompt
   * of that number which is not there (`plan-entries` reports it).
   */
  gapExplained(domain: readonly string[], from: number, to: number): boolean {
    const within = (number: number | undefined) =>
      number !== undefined && number >= from && number <= to
    for (const dir of domain) {
      const folder = this.folder(dir)
      for (const prompt of folder.prompts) {
        if (prompt.kind === 'preprompt' || within(prompt.number)) continue
        const facts = this.facts(path.join(dir, prompt.name))
        if (this.judged(prompt, facts) && within(facts.title?.number)) return true
      }
    }
    const documents = new Set<string>()
    for (const dir of domain) {
      const top = this.root(dir)
      for (let each = dir; ; each = path.dirname(each)) {
        for (const document of this.folder(each).documents) documents.add(document)
        if (each === top || path.dirname(each) === each) break
      }
    }
    const prefixes = new Set(domain.map((dir) => this.folder(dir).prefix))
    for (const document of documents) {
      // A plan names at least two prompt files; above the package folders (beside no prompt),
      // most of the names it gives are prompts that are here (not a note with example names).
      const names = new Set(
        (this.facts(document)?.promptNames ?? [])
          .filter((each) => !each.external)
          .map((each) => each.value)
      )
      if (names.size < 2) continue
      const existing = this.promptsBelow(path.dirname(document))
      if (this.folder(path.dirname(document)).prompts.length === 0) {
        const here = [...names].filter((name) => existing.has(name)).length
        if (here === 0 || here * 2 < names.size) continue
      }
      for (const name of names) {
        const prompt = parsePromptName(name)
        if (!prompt || existing.has(name) || !prefixes.has(prompt.prefix)) continue
        if (within(prompt.number)) return true
      }
    }
    return false
  }

  /** The evidence that the house style of a folder's scope expects a part of every prompt of a kind, or `undefined`. */
  expects(dir: string, kind: Kind, part: string): Evidence | undefined {
    const {infer = true, threshold = 0.8, minimum = 5} = this.settings.style ?? {}
    if (!infer) return undefined
    const scope = this.styleScope(dir, kind)
    const style = this.kindStyle(scope, kind)
    const count = style.counts.get(part) ?? 0
    if (style.total < minimum) return undefined
    const found =
      count >= threshold * style.total
        ? this.shared(scope, kind, part, threshold) && {
            count,
            total: style.total,
            display: style.display.get(part) ?? part
          }
        : this.pooled(scope, kind, part, threshold)
    if (!found) return undefined
    if (scope !== dir) {
      // A suite too small for a style of its own whose prompts of the kind all lack the part
      // (two at least) writes another dialect: the style of the scope above does not hold it.
      const own = this.folderStyle(dir, kind)
      if (own.total >= 2 && !own.counts.has(part)) return undefined
    }
    return found
  }

  /**
   * Whether a section this kind mostly has holds over the reds and greens of the scope
   * together, where the other kind has it too (in at least half of its prompts): a section
   * both write in about three quarters of them (a Persona) is no house style, even where
   * one kind happens to have it in 8 of 9. A section of this kind alone is decided by it.
   */
  private shared(scope: string, kind: Kind, part: string, threshold: number): boolean {
    const both = this.redAndGreen(scope, kind, part)
    if (!both) return true
    const {own, other} = both
    const theirs = other.counts.get(part) ?? 0
    if (theirs * 2 < other.total) return true
    const count = (own.counts.get(part) ?? 0) + theirs
    return count >= threshold * (own.total + other.total)
  }

  /**
   * A section reds and greens alike have (a changelog, a dependency list), counted over
   * both kinds of the scope: "a few prompts missing what the rest of the suite has",
   * when at least half of this kind have it.
   */
  private pooled(scope: string, kind: Kind, part: string, threshold: number): Evidence | undefined {
    const both = this.redAndGreen(scope, kind, part)
    if (!both) return undefined
    const {own, other} = both
    const mine = own.counts.get(part) ?? 0
    const count = mine + (other.counts.get(part) ?? 0)
    const total = own.total + other.total
    if (mine * 2 < own.total || count < threshold * total) return undefined
    return {count, total, display: own.display.get(part) ?? part, of: 'red and green prompts'}
  }

  /**
   * A scope's counts of this kind and of the other, for a section that reds and greens may
   * both write (read per kind: no preprompt or foundation prompt is counted for it);
   * `undefined` for any other kind or part.
   */
  private redAndGreen(scope: string, kind: Kind, part: string) {
    if ((kind !== 'red' && kind !== 'green') || !part.startsWith('section:')) return undefined
    return {own: this.kindStyle(scope, kind), other: this.kindStyle(scope, partnerKind(kind))}
  }

  /** Every part the house style of a folder's scope expects of a kind. */
  expected(dir: string, kind: Kind): Map<string, Evidence> {
    const found = new Map<string, Evidence>()
    for (const part of this.kindStyle(this.styleScope(dir, kind), kind).counts.keys()) {
      const evidence = this.expects(dir, kind, part)
      if (evidence) found.set(part, evidence)
    }
    return found
  }

  /** The parts of one prompt that the house style counts: part → how it is written. */
  parts(folder: Folder, prompt: PromptName, facts: Facts): Map<string, string> {
    const parts = new Map<string, string>()
    for (const section of facts.sections) {
      // A changelog entry (`RV_20260112`) is a date, not a part of the template.
      if (section.key && !/^rv[_-]?\d/.test(section.key)) {
        parts.set('section:' + section.key, displayName(section.text))
      }
    }
    const preprompt = this.preprompt(folder.dir)?.file
    if (
      facts.links.some((link) => {
        const target = linkTarget(link.value, folder.dir)
        return (
          target !== undefined && (target === preprompt || isPrepromptName(path.basename(target)))
        )
      })
    ) {
      parts.set('link:preprompt', 'a link to the preprompt')
    }
    if (prompt.kind === 'green' && this.refersToRed(folder, prompt, facts)) {
      parts.set('refers:red', 'a reference to its red prompt')
    }
    if (facts.testKinds.length > 0) parts.set('test-kind', 'a stated test kind')
    if (facts.title?.number !== undefined) parts.set('title:numbered', 'Prompt NN')
    return parts
  }
}

function depthOf(dir: string): number {
  return dir.split(path.sep).length
}

function emptyStyle(): KindStyle {
  return {total: 0, counts: new Map(), display: new Map()}
}

/** Add one kind's counts to another's. */
function addStyle(target: KindStyle, source: KindStyle): void {
  target.total += source.total
  for (const [part, count] of source.counts) {
    target.counts.set(part, (target.counts.get(part) ?? 0) + count)
  }
  for (const [part, shown] of source.display) {
    if (!target.display.has(part)) target.display.set(part, shown)
  }
}

function displayName(text: string): string {
  return text
    .replace(/[\s:]+$/, '')
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/^\d+(?:\.\d+)*\.?\s+/, '')
}

/** `red`, `green` or `foundation` for a phase's first word; other words (`refactor`) say nothing. */
export function phaseKind(word: string | undefined): Kind | undefined {
  return word === 'red' || word === 'green' || word === 'foundation' ? word : undefined
}

function buildFolder(dir: string, entries: Array<{name: string; folder: boolean}>): Folder {
  const prompts: PromptName[] = []
  const documents: string[] = []
  const folders: string[] = []
  for (const entry of [...entries].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )) {
    if (entry.folder) {
      folders.push(path.join(dir, entry.name))
      continue
    }
    const parsed = parsePromptName(entry.name)
    if (parsed) prompts.push(parsed)
    else if (isMarkdownName(entry.name)) documents.push(path.join(dir, entry.name))
  }
  const byNumber = new Map<number, PromptName[]>()
  for (const prompt of prompts) {
    if (prompt.kind === 'preprompt' || Number.isNaN(prompt.number)) continue
    const group = byNumber.get(prompt.number) ?? []
    group.push(prompt)
    byNumber.set(prompt.number, group)
  }
  const preprompts = prompts
    .filter((prompt) => prompt.kind === 'preprompt')
    .sort((a, b) => rank(a, dir) - rank(b, dir))
  return {
    dir,
    names: new Set(entries.map((entry) => entry.name)),
    prompts,
    byName: new Map(prompts.map((prompt) => [prompt.name, prompt])),
    prefix: commonPrefix(prompts),
    preprompts,
    byNumber: new Map([...byNumber].sort((a, b) => a[0] - b[0])),
    documents,
    roles: documents.filter((document) => isRoleName(path.basename(document))),
    folders
  }
}

/** The preprompt in force is the best-named one: `00`, `_preprompt`, named after its folder, then by name. */
function rank(prompt: PromptName, dir: string): number {
  return (
    (prompt.number === 0 ? 0 : 4) +
    (prompt.legacy ? 2 : 0) +
    (prompt.slug === toSnakeCase(path.basename(dir)) ? 0 : 1)
  )
}

/** The prefix most prompts share; on a tie, the one the first prompt by name uses. */
function commonPrefix(prompts: PromptName[]): string {
  const counts = new Map<string, number>()
  for (const prompt of prompts) counts.set(prompt.prefix, (counts.get(prompt.prefix) ?? 0) + 1)
  let best = ''
  let bestCount = 0
  for (const [prefix, count] of counts) {
    if (count > bestCount) {
      best = prefix
      bestCount = count
    }
  }
  return best
}

export {linkTarget}
