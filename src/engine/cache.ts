/**
 * `--cache` (`--cache-location`): a file whose findings cannot have changed since
 * the last run gets them from the cache instead of being linted.
 *
 * A file's findings depend on its own text and on what its rules asked the suite
 * model about its neighbours (its folder's listing, its pair's facts, the house
 * style of its scope, the requirements of its repository: src/engine/record.ts).
 * The cache keeps, for each file, the hash of its text and each question with
 * the hash of its answer; a later run asks the questions again, and a file whose
 * text and answers are the same keeps its findings. A change to a neighbour
 * therefore re-lints exactly the files whose answers it changes: an edit to a
 * prompt's prose changes no other file's, a renamed file changes its folder's
 * listing. Everything is keyed by the tool's version and the configuration in
 * force; a change to either drops the cache.
 *
 * A run where nothing changed asks nothing: the state of the repositories the
 * files belong to (every name, and the content of every markdown, configuration
 * and ignore file, hashed) is the state each file's findings were last found
 * in, so they hold as they are. The cache file and the report file (`--output`)
 * are left out of that state, so writing them does not change it.
 *
 * The file holds findings as the threads pass them (src/engine/transfer.ts); a
 * damaged or foreign file is read as no cache. It is written atomically.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {dependenciesOf, setDependencies, type Linter, type LintSettings} from './lint.js'
import {answer, type Dependency} from './record.js'
import {fromTransfer, toTransfer, type TransferredMessage} from './transfer.js'
import {writeOutputFile} from '../io/files.js'

export const defaultCacheName = '.tddpromptlintcache'

/** Folders whose content no finding depends on. */
const skipped = new Set(['node_modules', '.git'])

/** Files read for their content besides markdown: configuration and ignore files. */
const dataFile = /^(?:\.tddpromptlint|\.remarkrc|\.remarkignore|\.gitignore|package\.json$)/

/** A file larger than this is known by its size and time instead of its content (the linter reads 1 MiB). */
const maxHashed = 8 * 1024 * 1024

interface Entry {
  /** The hash of the file's text when it was linted. */
  own: string
  /** The state of its repositories when its findings were last found or confirmed. */
  state: string
  /** Indexes into `CacheData.answers`: the questions its rules asked, with their answers. */
  asked: number[]
  messages: TransferredMessage[]
}

interface CacheData {
  version: 2
  /** The tool's version and the configuration in force. */
  inputs: string
  /** `question\0answer`, each once. */
  answers: string[]
  files: Record<string, Entry>
}

export interface RunCache {
  /**
   * The cached findings of each file that still hold, `undefined` where the file
   * must be linted. `answer(file, question)` asks the question again of the model
   * the file is linted with (the hash of its answer).
   */
  lookup(
    files: readonly string[],
    answer: (file: string, question: string) => string | undefined
  ): Array<VFile | undefined>
  /** Keep these findings, unless every one came from the cache as it was (written atomically, never through a link out of the working folder). Throws. */
  store(results: readonly VFile[]): void
}

/** Where `--cache-location` puts the cache: the file it names, or the default name in the folder it names. */
export function cacheFile(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, defaultCacheName)
  const resolved = path.resolve(cwd, location)
  const isFolder =
    /[\\/]$/.test(location) || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory())
  return isFolder ? path.join(resolved, defaultCacheName) : resolved
}

export function openCache(options: {
  file: string
  cwd: string
  /** The repositories the linted files belong to. */
  roots: readonly string[]
  /** The tool's version and the configuration in force, as text. */
  inputs: string
  /** Files whose writing is not a change (the report). */
  leaveOut: readonly string[]
}): RunCache {
  const {file, cwd, inputs} = options
  const state = stateOf(options.roots, new Set([file, ...options.leaveOut]))
  const data = read(file)
  const kept: CacheData =
    data?.inputs === inputs ? data : {version: 2, inputs, answers: [], files: {}}
  const owns = new Map<string, string | undefined>()
  // Whether the file must be written: a file linted, or findings confirmed in a new state.
  let changed = false
  const ownOf = (each: string) => {
    if (!owns.has(each)) owns.set(each, ownState(each))
    return owns.get(each)
  }
  /** The findings of an entry as the engine returned them, with what they depend on; `undefined` for a damaged entry. */
  const cached = (each: string, entry: Entry): VFile | undefined => {
    if (!wellFormed(entry)) return undefined
    try {
      const found = fromTransfer({path: each, messages: entry.messages}, cwd)
      setDependencies(
        found,
        entry.asked.map((index) => split(kept.answers[index] ?? '\0'))
      )
      return found
    } catch {
      return undefined
    }
  }
  return {
    lookup(files, answer) {
      return files.map((given) => {
        const each = path.resolve(cwd, given)
        const entry = kept.files[each]
        const same = entry?.state === state ? cached(each, entry) : undefined
        if (same) return same
        changed = true
        // The text's hash before the file is linted: a file edited while it is linted is
        // kept with the hash of the text before, so the next run lints it again.
        const own = ownOf(each)
        if (!entry || !wellFormed(entry) || entry.own !== own) return undefined
        for (const index of entry.asked) {
          const pair = kept.answers[index]
          const at = typeof pair === 'string' ? pair.lastIndexOf('\0') : -1
          if (at < 0 || answer(each, pair!.slice(0, at)) !== pair!.slice(at + 1)) return undefined
        }
        return cached(each, entry)
      })
    },
    store(results) {
      if (!changed) return
      const answers: string[] = []
      const indexes = new Map<string, number>()
      const files: Record<string, Entry> = {}
      const add = (pair: string) => {
        let index = indexes.get(pair)
        if (index === undefined) {
          index = answers.push(pair) - 1
          indexes.set(pair, index)
        }
        return index
      }
      // Entries of files this run did not lint are kept as they were.
      for (const [name, entry] of Object.entries(kept.files)) {
        if (!wellFormed(entry)) continue
        files[name] = {...entry, asked: entry.asked.map((index) => add(kept.answers[index] ?? ''))}
      }
      for (const result of results) {
        // Found in the same state: its entry stands as it is.
        if (!owns.has(result.path) && files[result.path]?.state === state) continue
        const asked = dependenciesOf(result)
        const own = owns.get(result.path)
        if (!asked || own === undefined) {
          delete files[result.path]
          continue
        }
        files[result.path] = {
          own,
          state,
          asked: asked.map(([question, hash]) => add(question + '\0' + hash)),
          messages: toTransfer(result).messages
        }
      }
      writeOutputFile(
        cwd,
        file,
        JSON.stringify({version: 2, inputs, answers, files} satisfies CacheData)
      )
    }
  }
}

/** The linter a file is linted with, and the key of its settings. */
export type LinterFor = (file: string) => {key: string; settings: LintSettings; linter: Linter}

/**
 * The findings of `files` the cache still holds (`found`, `undefined` where a file
 * must be linted: all of them without a cache), and the files to lint grouped by
 * the linter they are linted with (`at`: indexes into `files`; `todo` in all).
 */
export function fromCache(
  files: readonly string[],
  cache: RunCache | undefined,
  linterFor: LinterFor
): {
  found: Array<VFile | undefined>
  groups: Map<string, {settings: LintSettings; linter: Linter; at: number[]}>
  todo: number
} {
  const found =
    cache?.lookup(files, answerWith(linterFor)) ??
    Array.from(files, (): VFile | undefined => undefined)
  const groups = new Map<string, {settings: LintSettings; linter: Linter; at: number[]}>()
  let todo = 0
  files.forEach((file, index) => {
    if (found[index]) return
    const {key, settings, linter} = linterFor(file)
    const group = groups.get(key) ?? {settings, linter, at: []}
    group.at.push(index)
    groups.set(key, group)
    todo++
  })
  return {found, groups, todo}
}

/** Ask a question again of the model a file is linted with: each question once per model. */
function answerWith(linterFor: LinterFor) {
  const answers = new Map<string, string | undefined>()
  const hashes = new WeakMap<object, string>()
  return (file: string, question: string) => {
    const {key, linter} = linterFor(file)
    const asked = key + '\0' + question
    if (!answers.has(asked)) answers.set(asked, answer(linter.model, question, hashes))
    return answers.get(asked)
  }
}

/** Whether an entry read from the cache file has the shape this version writes. */
function wellFormed(entry: Entry): boolean {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.own === 'string' &&
    typeof entry.state === 'string' &&
    Array.isArray(entry.asked) &&
    entry.asked.every((index) => Number.isInteger(index)) &&
    Array.isArray(entry.messages)
  )
}

function split(pair: string): Dependency {
  const at = pair.lastIndexOf('\0')
  return [pair.slice(0, at), pair.slice(at + 1)]
}

/** The hash of a file's real path and content (size and time for a huge one); `undefined` when it cannot be read. */
function ownState(file: string): string | undefined {
  try {
    const real = fs.realpathSync(file)
    const stat = fs.statSync(real)
    if (!stat.isFile()) return undefined
    const content = stat.size > maxHashed ? `${stat.size} ${stat.mtimeMs}` : fs.readFileSync(real)
    return createHash('sha1')
      .update(real + '\0')
      .update(content)
      .digest('base64')
  } catch {
    return undefined
  }
}

function read(file: string): CacheData | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheData>
    return data.version === 2 &&
      typeof data.inputs === 'string' &&
      Array.isArray(data.answers) &&
      data.files &&
      typeof data.files === 'object'
      ? (data as CacheData)
      : undefined
  } catch {
    return undefined
  }
}

/** A hash of every name, and every markdown and data file's content, below the roots. */
function stateOf(roots: readonly string[], leaveOut: ReadonlySet<string>): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, {withFileTypes: true})
    } catch {
      hash.update(`\0unreadable ${dir}`)
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (leaveOut.has(full)) continue
      hash.update(`\0${full}\0${entry.isDirectory() ? 'd' : entry.isSymbolicLink() ? 'l' : 'f'}`)
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name)) walk(full)
      } else if (entry.isSymbolicLink()) {
        hash.update(readLink(full))
      } else if (/\.(?:md|markdown)$/i.test(entry.name) || dataFile.test(entry.name)) {
        try {
          hash.update(fs.readFileSync(full))
        } catch {
          hash.update('\0unreadable')
        }
      }
    }
  }
  for (const root of [...new Set(roots)].sort()) walk(root)
  return hash.digest('hex')
}

function readLink(file: string): string {
  try {
    return fs.readlinkSync(file)
  } catch {
    return ''
  }
}
