/**
 * Which files a run lints: the suite folders found by pattern (no paths given),
 * or the files and folders given, less what ignore files exclude.
 */
import fs from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob} from 'tinyglobby'
import type {ResolvedConfig} from './config.js'
import {ignoreName} from './config.js'
import {isMarkdownName, isPromptFileName} from './names.js'

export interface PathProblem {
  /** The path as given or found, relative to the working directory. */
  path: string
  reason: string
}

export interface Collected {
  /** Absolute paths of the files to lint, sorted, each once. */
  files: string[]
  /** Paths that could not be linted, each with a one-line reason. */
  problems: PathProblem[]
}

const skipped = ['**/node_modules/**', '**/.git/**']

export interface CollectOptions {
  cwd: string
  config: Pick<ResolvedConfig, 'suites' | 'ignore' | 'dir'>
  /** Ignore file to use instead of `.tddpromptlintignore` in `cwd`. */
  ignorePath?: string | undefined
}

/** Files to lint for the given paths (none: every suite folder under `cwd`). */
export async function collectFiles(paths: string[], options: CollectOptions): Promise<Collected> {
  const cwd = path.resolve(options.cwd)
  const ignored = loadIgnore(cwd, options)
  const files = new Set<string>()
  const problems: PathProblem[] = []
  const add = (file: string) => {
    const relative = toPosix(path.relative(cwd, file))
    if (relative.startsWith('..') || !ignored.ignores(relative)) files.add(file)
  }

  if (paths.length === 0) {
    for (const dir of await findSuites(cwd, options.config.suites)) {
      for (const file of promptFilesIn(dir, problems, cwd)) add(file)
    }
  }
  for (const given of paths) {
    const absolute = path.resolve(cwd, given)
    let stat: fs.Stats
    try {
      stat = fs.statSync(absolute)
      fs.accessSync(absolute, fs.constants.R_OK | (stat.isDirectory() ? fs.constants.X_OK : 0))
    } catch (error) {
      problems.push({path: given, reason: describeStatError(error)})
      continue
    }
    if (stat.isDirectory()) {
      const found = await glob(['**/*'], {
        cwd: absolute,
        absolute: true,
        ignore: skipped,
        followSymbolicLinks: false,
        onlyFiles: false,
        dot: false
      })
      for (const file of found.sort()) {
        if (!isPromptFileName(path.basename(file))) continue
        if (isFolder(file))
          problems.push({path: rel(cwd, file), reason: 'a folder named like a prompt file'})
        else add(file)
      }
    } else if (isMarkdownName(absolute)) {
      add(absolute)
    }
  }
  return {files: [...files].sort(), problems}
}

/** Suite folders under `cwd` that match the patterns, sorted. */
export async function findSuites(cwd: string, patterns: string[]): Promise<string[]> {
  const found = await glob(patterns, {
    cwd,
    absolute: true,
    onlyDirectories: true,
    ignore: skipped,
    followSymbolicLinks: false,
    expandDirectories: false
  })
  return found.map((dir) => dir.replace(/\/$/, '')).sort()
}

/** Markdown prompt files directly in a folder. */
function promptFilesIn(dir: string, problems: PathProblem[], cwd: string): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, {withFileTypes: true})
  } catch (error) {
    problems.push({path: rel(cwd, dir), reason: describeStatError(error)})
    return []
  }
  const files: string[] = []
  for (const entry of entries) {
    if (!isPromptFileName(entry.name)) continue
    const file = path.join(dir, entry.name)
    if (entry.isDirectory())
      problems.push({path: rel(cwd, file), reason: 'a folder named like a prompt file'})
    else files.push(file)
  }
  return files.sort()
}

function loadIgnore(cwd: string, options: CollectOptions): Ignore {
  const ig = ignore()
  const file = options.ignorePath
    ? path.resolve(cwd, options.ignorePath)
    : path.join(cwd, ignoreName)
  try {
    ig.add(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    if (options.ignorePath) {
      throw new Error(
        `${options.ignorePath}: cannot read ignore file (${describeStatError(error)})`,
        {
          cause: error
        }
      )
    }
  }
  const base = toPosix(path.relative(cwd, options.config.dir))
  for (const pattern of options.config.ignore) {
    ig.add(base && !base.startsWith('..') ? `${base}/${pattern.replace(/^\//, '')}` : pattern)
  }
  return ig
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory()
  } catch {
    return false
  }
}

function rel(cwd: string, file: string): string {
  return toPosix(path.relative(cwd, file)) || '.'
}

function toPosix(value: string): string {
  return value.split(path.sep).join('/')
}

/** A one-line reason for a path that cannot be read. */
export function describeStatError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ELOOP') return 'symbolic link loop'
  if (code === 'ENOTDIR') return 'not a folder'
  if (code === 'EISDIR') return 'it is a folder'
  return error instanceof Error ? error.message : String(error)
}
