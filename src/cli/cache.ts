/**
 * `--cache` (`--cache-location`): a run whose inputs did not change prints the
 * findings of the last one without linting.
 *
 * A file's findings depend on more than its own text (its pair, its plan, the
 * house style of its scope, the requirement documents of its package), so the
 * key of a run is the state of everything they may depend on: the tool's
 * version, the configuration in force, and in each repository a linted file
 * belongs to, the name of every file and folder with the content of every
 * markdown file and every configuration or ignore file (hashed). A change
 * anywhere in a repository makes every file of it lint afresh: coarse, never
 * stale. The cache file and the report file (`--output`) are left out of the
 * state, so writing them does not change it.
 *
 * The file holds one state and the findings of the files linted in it, as the
 * threads pass them (src/engine/transfer.ts); a damaged or foreign file is read
 * as no cache. It is written atomically.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {fromTransfer, toTransfer, type TransferredFile} from '../engine/transfer.js'
import {writeOutputFile} from '../io/files.js'

export const defaultCacheName = '.tddpromptlintcache'

/** Folders whose content no finding depends on. */
const skipped = new Set(['node_modules', '.git'])

/** Files read for their content besides markdown: configuration and ignore files. */
const dataFile = /^(?:\.tddpromptlint|\.remarkrc|\.remarkignore|\.gitignore|package\.json$)/

interface CacheData {
  state: string
  files: Record<string, TransferredFile>
}

export interface RunCache {
  /** The findings of these files in this state, if every one of them is cached. */
  lookup(files: readonly string[]): VFile[] | undefined
  /** Keep these findings for this state (written atomically, never through a link out of the working folder). Throws. */
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
  const {file, cwd} = options
  const state = stateOf(options.roots, options.inputs, new Set([file, ...options.leaveOut]))
  const data = read(file)
  const files = data?.state === state ? data.files : {}
  return {
    lookup(wanted) {
      const found = wanted.map((each) => files[each])
      if (found.some((each) => each === undefined)) return undefined
      return found.map((each) => fromTransfer(each!, cwd))
    },
    store(results) {
      for (const result of results) files[result.path] = toTransfer(result)
      writeOutputFile(cwd, file, JSON.stringify({state, files} satisfies CacheData))
    }
  }
}

function read(file: string): CacheData | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheData>
    return typeof data.state === 'string' && data.files && typeof data.files === 'object'
      ? (data as CacheData)
      : undefined
  } catch {
    return undefined
  }
}

/** A hash of the inputs and of every name, and every markdown and data file's content, below the roots. */
function stateOf(roots: readonly string[], inputs: string, leaveOut: ReadonlySet<string>): string {
  const hash = createHash('sha256').update(inputs)
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
