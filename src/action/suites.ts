/**
 * Which suite folders a run lints, decided from names alone: the Action never
 * reads or parses a prompt file itself (the engine does, within its bounds).
 *
 * - `suitePatterns`: the suite folders' glob patterns (the `paths` input, else the
 *   configuration's `suites`), each checked to stay inside the workspace.
 * - `selectFiles`: of the prompt files the engine's discovery found, those of the
 *   suites a change touches, with their nearest neighbours: a change in a folder
 *   lints that folder, its parent and its direct subfolders (a nested
 *   `pkg/testdata/` borrows the preprompt of `pkg/`, and `pkg/`'s preprompt
 *   indexes its pairs), and the folders the configuration's `preprompts` ties to
 *   them.
 */
import fs from 'node:fs'
import path from 'node:path'
import {isPromptFileName} from '../suite/names.js'

/**
 * Glob patterns of suite folders: each `paths` entry and every folder under it,
 * or, without `paths`, the configured suites.
 */
export function suitePatterns(paths: string[], configured: string[]): string[] {
  if (paths.length === 0) return configured
  return paths.flatMap((entry) => {
    const clean = entry.replace(/\/+$/, '')
    return [clean, `${clean}/**`]
  })
}

/**
 * Why a suite pattern could reach outside the workspace, or `undefined`: an
 * absolute path, a `..` segment, or a fixed leading part (before the first
 * wildcard) that leads through a symbolic link to a place outside it.
 */
export function outsideWorkspace(pattern: string, workspace: string): string | undefined {
  if (path.posix.isAbsolute(pattern) || path.win32.isAbsolute(pattern) || /^~/.test(pattern)) {
    return 'is an absolute path'
  }
  const segments = pattern.split(/[/\\]+/)
  if (segments.includes('..')) return 'climbs out of the workspace with `..`'
  const fixed: string[] = []
  for (const segment of segments) {
    if (/[*?[\]{}()!+@]/.test(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === 0) return undefined
  if (!inside(deepestExisting(path.join(workspace, ...fixed)), workspace)) {
    return 'leads through a symbolic link out of the workspace'
  }
  return undefined
}

/** The real path of `target`, or of its deepest part that exists. */
function deepestExisting(target: string): string {
  for (let at = target; ; at = path.dirname(at)) {
    try {
      return fs.realpathSync(at)
    } catch {
      if (path.dirname(at) === at) return at
    }
  }
}

/** Whether `target` (a real path) lies in the workspace (its real path). */
export function inside(target: string, workspace: string): boolean {
  let root: string
  try {
    root = fs.realpathSync(workspace)
  } catch {
    root = path.resolve(workspace)
  }
  const relative = path.relative(root, target)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** Whether a folder's real path lies in the workspace (a missing folder does not). */
export function folderInside(dir: string, workspace: string): boolean {
  try {
    return inside(fs.realpathSync(dir), workspace)
  } catch {
    return false
  }
}

export interface Selection {
  /** The prompt files to lint (absolute, sorted). */
  files: string[]
  /** Their folders (absolute, sorted). */
  suites: string[]
}

/**
 * The prompt files (of `all`, every prompt file the engine's discovery found,
 * absolute) that a change to `changed` (paths relative to the workspace, old
 * names of renames included) concerns.
 *
 * A folder is touched when it directly holds a changed path and either holds
 * prompt files or lost one (a changed path named like a prompt: a removed or
 * renamed prompt). A touched folder brings in itself, its parent folder and its
 * direct subfolders that hold prompt files, and the folders tied to any of these
 * by the configuration's `preprompts` (folder → preprompt file, absolute).
 */
export function selectFiles(
  all: string[],
  workspace: string,
  changed: string[],
  preprompts: Record<string, string> = {}
): Selection {
  const root = path.resolve(workspace)
  const byFolder = new Map<string, string[]>()
  for (const file of all) {
    const dir = path.dirname(file)
    const list = byFolder.get(dir) ?? []
    list.push(file)
    byFolder.set(dir, list)
  }
  const children = new Map<string, string[]>()
  for (const dir of byFolder.keys()) {
    const parent = path.dirname(dir)
    const list = children.get(parent) ?? []
    list.push(dir)
    children.set(parent, list)
  }

  const touched = new Set<string>()
  for (const file of changed) {
    const dir = path.resolve(root, path.posix.dirname(file.replace(/\\/g, '/')))
    if (byFolder.has(dir) || isPromptFileName(path.posix.basename(file))) touched.add(dir)
  }
  const wanted = new Set<string>()
  for (const dir of touched) {
    wanted.add(dir)
    if (dir !== root) wanted.add(path.dirname(dir))
    for (const child of children.get(dir) ?? []) wanted.add(child)
  }
  // Folders that borrow a preprompt by configuration, and the folders they borrow from.
  for (const [folder, preprompt] of Object.entries(preprompts)) {
    const from = path.dirname(preprompt)
    if (wanted.has(folder)) wanted.add(from)
    else if (wanted.has(from)) wanted.add(folder)
  }
  const suites = [...wanted].filter((dir) => byFolder.has(dir)).sort()
  return {files: suites.flatMap((dir) => byFolder.get(dir) ?? []).sort(), suites}
}

/** The folders of the given files, each once, sorted. */
export function foldersOf(files: string[]): string[] {
  return [...new Set(files.map((file) => path.dirname(file)))].sort()
}
