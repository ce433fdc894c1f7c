/**
 * The suite model: the one place that knows which files a folder holds.
 *
 * Rules never scan folders. They ask this module, which lists a folder once
 * (names only) and caches the answer for the process. A caller may inject
 * listings through `file.data.tddListings` (absolute folder → file names), which
 * is how tests and documentation examples describe a suite without a disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {isPromptFileName, parsePromptName, type Kind, type PromptName} from './names.js'

declare module 'vfile' {
  interface DataMap {
    /** Injected folder listings: absolute folder path → file names. */
    tddListings: Record<string, string[]>
  }
}

export interface Suite {
  /** Absolute folder path. */
  dir: string
  /** Every file name in the folder. */
  names: ReadonlySet<string>
  /** Prompt files (name contains `prompt`) that have the prompt shape, sorted by name. */
  prompts: PromptName[]
  /** Prompt files whose name has no prompt shape at all. */
  malformed: string[]
  /** The prefix most prompts in the folder use (`''` for none). */
  prefix: string
  /** Preprompt files in the folder. */
  preprompts: PromptName[]
  /** Red and green prompts by number. */
  byNumber: Map<number, PromptName[]>
}

const listings = new Map<string, string[] | null>()
const suites = new Map<string, Suite>()

/** Forget every cached listing (after files were written, say). */
export function clearSuiteCache(): void {
  listings.clear()
  suites.clear()
}

/** Absolute path of a file, or `undefined` for a file without a path (stdin). */
export function filePath(file: VFile): string | undefined {
  return file.path ? path.resolve(file.cwd, file.path) : undefined
}

/** File names in a folder (files and links to files), or `undefined` where there is no such folder. */
export function listFolder(file: VFile, dir: string): string[] | undefined {
  const injected = file.data.tddListings
  if (injected) return injected[dir]
  let names = listings.get(dir)
  if (names === undefined) {
    try {
      names = fs
        .readdirSync(dir, {withFileTypes: true})
        .filter((entry) => !entry.isDirectory())
        .map((entry) => entry.name)
    } catch {
      names = null
    }
    listings.set(dir, names)
  }
  return names ?? undefined
}

/** Whether a file exists, by the listing of its folder. */
export function fileExists(file: VFile, target: string): boolean {
  const names = listFolder(file, path.dirname(target))
  return names ? names.includes(path.basename(target)) : false
}

/** The suite a file belongs to: the listing of its folder, read once. */
export function suiteOf(file: VFile): Suite | undefined {
  const own = filePath(file)
  if (!own) return undefined
  const dir = path.dirname(own)
  const key = file.data.tddListings ? undefined : dir
  const cached = key === undefined ? undefined : suites.get(key)
  if (cached) return cached
  const names = new Set(listFolder(file, dir) ?? [])
  names.add(path.basename(own))
  const suite = buildSuite(dir, names)
  if (key !== undefined) suites.set(key, suite)
  return suite
}

function buildSuite(dir: string, names: Set<string>): Suite {
  const prompts: PromptName[] = []
  const malformed: string[] = []
  for (const name of [...names].sort()) {
    if (!isPromptFileName(name)) continue
    const parsed = parsePromptName(name)
    if (parsed) prompts.push(parsed)
    else malformed.push(name)
  }
  const byNumber = new Map<number, PromptName[]>()
  for (const prompt of prompts) {
    if (prompt.kind === 'preprompt') continue
    const group = byNumber.get(prompt.number) ?? []
    group.push(prompt)
    byNumber.set(prompt.number, group)
  }
  return {
    dir,
    names,
    prompts,
    malformed,
    prefix: commonPrefix(prompts),
    preprompts: prompts.filter((prompt) => prompt.kind === 'preprompt'),
    byNumber: new Map([...byNumber].sort((a, b) => a[0] - b[0]))
  }
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

/** The prompt entry of the file itself, if its name has the prompt shape. */
export function ownPrompt(file: VFile, suite: Suite): PromptName | undefined {
  const own = filePath(file)
  const name = own ? path.basename(own) : undefined
  return suite.prompts.find((prompt) => prompt.name === name)
}

/** Prompts of one kind with the given number. */
export function promptsWith(suite: Suite, number: number, kind: Kind): PromptName[] {
  return (suite.byNumber.get(number) ?? []).filter((prompt) => prompt.kind === kind)
}
