/**
 * Which files a run lints: the suite folders found by pattern (no paths given),
 * or the files and folders given, less what ignore files exclude.
 *
 * In a folder, the prompt files and, beside them, the other markdown files of
 * every folder that holds prompts (plans, requirement documents: the rules on
 * prompts pass them by, the plan and requirement rules read them), and the
 * requirement documents anywhere below it.
 */
import fs from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob} from 'tinyglobby'
import type {ResolvedConfig} from '../config/config.js'
import {isMarkdownName, isPromptFileName} from '../suite/names.js'
import {defaultDocumentWords, isRequirementName} from '../suite/requirements.js'
import {isRoleName} from '../suite/roles.js'

/** The ignore file read from the working directory (gitignore syntax). */
export const ignoreName = '.tddpromptlintignore'

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
  config: Pick<ResolvedConfig, 'suites' | 'ignore' | 'dir'> & {
    /** Read for the words that name requirement documents (`requirement-coverage`'s `documents`). */
    settings?: ResolvedConfig['settings']
  }
  /** Ignore file to use instead of `.tddpromptlintignore` in `cwd`. */
  ignorePath?: string | undefined
  /** Leave out what `.gitignore` files (in `cwd`, above it to the repository's root, and below it) exclude; default true. */
  gitignore?: boolean
  /** More gitignore patterns, relative to `cwd` (`**\/vendor/**` from `!**\/vendor/**` on the command line). */
  exclude?: string[]
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

  // No paths and no configured suites: every prompt file under the working folder.
  if (paths.length === 0 && options.config.suites.length === 0) paths = ['.']
  else if (paths.length === 0) {
    for (const dir of await findSuites(cwd, options.config.suites)) {
      for (const file of promptFilesIn(dir, problems, cwd)) add(file)
      for (const file of documentsBeside(dir)) add(file)
    }
  }
  const words = requirementWords(options.config.settings)
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
      // Every entry below, whatever its name (dot folders, new lines, U+2028), less
      // node_modules, .git and what ignore files exclude; symbolic links are listed,
      // not followed, so that a link is linted, or reported when it dangles or loops.
      const all = walk(absolute, cwd, problems, (relative) => ignored.ignores(relative), {
        gitignore: options.gitignore !== false
      })
      const suiteFolders = new Set<string>()
      for (const file of all) {
        if (!isPromptFileName(path.basename(file))) continue
        if (isFolder(file))
          problems.push({path: rel(cwd, file), reason: 'a folder named like a prompt file'})
        else {
          add(file)
          suiteFolders.add(path.dirname(file))
        }
      }
      // Plans and requirement documents: markdown beside the prompts, requirement documents
      // anywhere, plans and preprompts by role (`meta-prompt.md`) above the suites.
      for (const file of all) {
        const name = path.basename(file)
        if (file.endsWith('/') || !isMarkdownName(name) || isPromptFileName(name)) continue
        if (suiteFolders.has(path.dirname(file)) || isRequirementName(name, words)) add(file)
        else if (
          aboveSuites(path.dirname(file), suiteFolders) &&
          (isRoleName(name) || listsPrompts(file))
        )
          add(file)
      }
    } else if (isMarkdownName(absolute)) {
      add(absolute)
    }
  }
  return {files: [...files].sort(), problems}
}

/** Suite folders under `cwd` that match the patterns, sorted. Throws for a pattern `patternProblem` refuses. */
export async function findSuites(cwd: string, patterns: string[]): Promise<string[]> {
  for (const pattern of patterns) {
    const problem = patternProblem(pattern)
    if (problem) throw new Error(`suite pattern \`${pattern}\` ${problem}`)
  }
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

/** The words that name requirement documents: `requirement-coverage`'s `documents`, else the default. */
export function requirementWords(
  settings: ResolvedConfig['settings'] | undefined
): readonly string[] {
  const setting = settings?.rules?.['requirement-coverage']
  const options = Array.isArray(setting)
    ? (setting[1] as {documents?: unknown} | undefined)
    : undefined
  const documents = options?.documents
  return Array.isArray(documents) && documents.every((each) => typeof each === 'string')
    ? (documents as string[])
    : defaultDocumentWords
}

/** Whether a folder holds suite folders below it (a plan may list them from there). */
function aboveSuites(dir: string, suites: ReadonlySet<string>): boolean {
  for (const suite of suites) if (suite.startsWith(dir + path.sep)) return true
  return false
}

/** Whether a document names two or more prompt files (escapes or not): a plan by its content. */
function listsPrompts(file: string): boolean {
  const read = readRegularFile(file, maxDataBytes)
  if (!Buffer.isBuffer(read)) return false
  const names = new Set<string>()
  for (const match of read.toString('utf8').matchAll(/[\w\\.-]{0,255}\.md\b/gi)) {
    const name = match[0].replace(/\\(.)/g, '$1')
    if (isPromptFileName(name)) names.add(name)
    if (names.size >= 2) return true
  }
  return false
}

/** Markdown files that are not prompts, directly in a folder that holds prompts. */
function documentsBeside(dir: string): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, {withFileTypes: true})
  } catch {
    return []
  }
  if (!entries.some((entry) => isPromptFileName(entry.name))) return []
  return entries
    .filter(
      (entry) => entry.isFile() && isMarkdownName(entry.name) && !isPromptFileName(entry.name)
    )
    .map((entry) => path.join(dir, entry.name))
    .sort()
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
  const read = readRegularFile(file, maxDataBytes)
  if (Buffer.isBuffer(read)) ig.add(read.toString('utf8'))
  else if (options.ignorePath) {
    throw new Error(`${options.ignorePath}: cannot read ignore file (${read.reason})`)
  }
  if (options.gitignore !== false) {
    // The repository's .gitignore files from its root down to `cwd` (those below are read by `walk`).
    const above: string[] = []
    for (let dir = cwd; ; dir = path.dirname(dir)) {
      above.unshift(dir)
      if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) break
    }
    for (const dir of above) addGitignore(ig, dir, cwd)
  }
  ig.add(options.exclude ?? [])
  const base = toPosix(path.relative(cwd, options.config.dir))
  for (const pattern of options.config.ignore) {
    ig.add(base && !base.startsWith('..') ? `${base}/${pattern.replace(/^\//, '')}` : pattern)
  }
  return ig
}

/**
 * The patterns of `dir`/.gitignore, rewritten relative to `cwd` (a folder above
 * `cwd` applies its patterns to what lies below it, as git does).
 */
function addGitignore(ig: Ignore, dir: string, cwd: string): void {
  const read = readRegularFile(path.join(dir, '.gitignore'), maxDataBytes)
  if (!Buffer.isBuffer(read)) return
  const base = toPosix(path.relative(cwd, dir))
  for (const raw of read.toString('utf8').split(/\r?\n/)) {
    const line = raw.trimEnd()
    if (!line || line.startsWith('#')) continue
    const negated = line.startsWith('!')
    const body = negated ? line.slice(1) : line
    // A pattern with a slash (other than at its end) is anchored to its file's folder.
    const anchored = body.replace(/\/$/, '').includes('/')
    const pattern = body.replace(/^\//, '')
    let rewritten: string
    if (!base) rewritten = anchored ? `/${pattern}` : pattern
    else if (base.startsWith('..')) {
      // Above `cwd`: only unanchored patterns can be told apart here; they match at any depth.
      if (anchored) continue
      rewritten = pattern
    } else rewritten = anchored ? `/${base}/${pattern}` : `/${base}/**/${pattern}`
    ig.add((negated ? '!' : '') + rewritten)
  }
}

/**
 * Every entry under `dir`, absolute, folders with a trailing `/`, sorted; not
 * into node_modules, .git or what `ignored` (a path relative to `cwd`, a folder
 * with a trailing `/`) leaves out, and with each folder's own .gitignore applied
 * below it. An unreadable folder is a problem.
 */
function walk(
  dir: string,
  cwd: string,
  problems: PathProblem[],
  ignored: (relative: string) => boolean,
  options: {gitignore: boolean}
): string[] {
  const out: string[] = []
  const pending: Array<{dir: string; rules: Ignore[]}> = [{dir, rules: []}]
  while (pending.length > 0) {
    const {dir: folder, rules} = pending.pop()!
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(folder, {withFileTypes: true})
    } catch (error) {
      problems.push({path: rel(cwd, folder), reason: describeStatError(error)})
      continue
    }
    let own = rules
    if (
      options.gitignore &&
      folder !== dir &&
      entries.some((entry) => entry.name === '.gitignore')
    ) {
      const ig = ignore()
      addGitignore(ig, folder, folder)
      own = [...rules, ig]
      ownBase.set(ig, folder)
    }
    const skip = (file: string, isDir: boolean) => {
      const relative = toPosix(path.relative(cwd, file)) + (isDir ? '/' : '')
      if (!relative.startsWith('..') && ignored(relative)) return true
      return own.some((ig) =>
        ig.ignores(toPosix(path.relative(ownBase.get(ig)!, file)) + (isDir ? '/' : ''))
      )
    }
    for (const entry of entries) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        if (skippedFolders.has(entry.name) || skip(file, true)) continue
        out.push(file + '/')
        pending.push({dir: file, rules: own})
      } else if (!skip(file, false)) {
        out.push(file)
      }
    }
  }
  return out.sort()
}

const skippedFolders = new Set(['node_modules', '.git'])
const ownBase = new WeakMap<Ignore, string>()

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

/**
 * Write a report to `given` (relative to `cwd`) atomically: a temporary file
 * beside the target, then a rename. A link is written where it leads, but a path
 * that lies in the working folder as written must stay there once links are
 * followed (a committed `report.json` linking to a file outside is refused); a
 * path outside given as such is the user's choice. Throws.
 */
export function writeOutputFile(cwd: string, given: string, data: string): void {
  const target = path.resolve(cwd, given)
  const written = path.relative(path.resolve(cwd), target)
  const real = realTarget(target)
  if (!written.startsWith('..') && !path.isAbsolute(written)) {
    const relative = path.relative(realTarget(path.resolve(cwd)), real)
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new Error('a symbolic link that leads outside the working folder')
    }
  }
  fs.mkdirSync(path.dirname(real), {recursive: true})
  const temp = path.join(
    path.dirname(real),
    `.${path.basename(real)}.${process.pid}-${Date.now().toString(36)}.tmp`
  )
  try {
    fs.writeFileSync(temp, data, {flag: 'wx'})
    fs.renameSync(temp, real)
  } catch (error) {
    fs.rmSync(temp, {force: true})
    throw error
  }
}

/** Where `file` really is: links followed, dangling ones too, through the part of it that exists. */
function realTarget(file: string): string {
  const rest: string[] = []
  let at = file
  for (let hops = 0; ;) {
    try {
      return path.join(fs.realpathSync(at), ...rest)
    } catch {
      let link: string | undefined
      try {
        link = fs.readlinkSync(at)
      } catch {
        // Not a link: missing.
      }
      if (link !== undefined && hops++ < 40) {
        at = path.resolve(path.dirname(at), link)
      } else if (path.dirname(at) === at) {
        return path.join(at, ...rest)
      } else {
        rest.unshift(path.basename(at))
        at = path.dirname(at)
      }
    }
  }
}

/** The largest configuration or ignore file read. */
export const maxDataBytes = 1024 * 1024

/** Why a file was not read: `reason` is one line (`permission denied`, `not a regular file`). */
export interface ReadProblem {
  kind: 'unreadable' | 'too-large'
  reason: string
  /** The file's size, for `too-large`. */
  size?: number
}

/**
 * A regular file's bytes, read synchronously, at most `maxBytes` of them: a named
 * pipe, a device (`/dev/zero` behind a link), a folder or a larger file is a
 * `ReadProblem`, never an endless read.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer | ReadProblem {
  let fd: number
  try {
    // Non-blocking, so that opening a named pipe with no writer does not wait forever.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0))
  } catch (error) {
    return {kind: 'unreadable', reason: describeOpenError(file, error)}
  }
  try {
    const stat = fs.fstatSync(fd)
    if (stat.isDirectory()) return {kind: 'unreadable', reason: 'it is a folder'}
    if (!stat.isFile()) return {kind: 'unreadable', reason: 'not a regular file'}
    const chunks: Buffer[] = []
    let size = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - size, 0), maxBytes) + 1)
      const read = fs.readSync(fd, chunk, 0, chunk.length, null)
      if (read === 0) break
      chunks.push(chunk.subarray(0, read))
      size += read
      if (size > maxBytes) {
        return {
          kind: 'too-large',
          reason: `larger than ${maxBytes / 1024 / 1024} MiB`,
          size: Math.max(stat.size, size)
        }
      }
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)
  } catch (error) {
    return {kind: 'unreadable', reason: describeStatError(error)}
  } finally {
    fs.closeSync(fd)
  }
}

function describeOpenError(file: string, error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    try {
      if (fs.lstatSync(file).isSymbolicLink()) return 'a symbolic link to a missing file'
    } catch {
      // Not there at all.
    }
  }
  return describeStatError(error)
}

/** Wildcards allowed in one path segment of a glob: two keep matching quadratic at worst. */
const maxWildcards = 2

/**
 * Why a glob pattern could take very long to match (picomatch compiles globs to
 * backtracking regular expressions: `*a*a*a*a*b` against a long folder name is
 * exponential), or `undefined` for a safe one: no extended globs, and at most two
 * `*` in a path segment (`**` as a whole segment is fine).
 */
export function patternProblem(pattern: string): string | undefined {
  const extglob = /[@!+*?]\(/.exec(pattern)
  if (extglob) {
    return `uses an extended glob \`${extglob[0]}\`, expected \`*\`, \`**\`, \`?\`, \`[…]\` or \`{…}\` only`
  }
  for (const segment of pattern.split('/')) {
    if (segment === '**') continue
    const wildcards = segment.split('*').length - 1
    if (wildcards > maxWildcards) {
      return `has ${wildcards} wildcards in one path segment, expected at most ${maxWildcards}`
    }
  }
  return undefined
}

const decoder = new TextDecoder('utf-8', {fatal: true})

/** UTF-8 text, or `undefined` for invalid UTF-8 or a NUL byte (a binary file). */
export function decodeText(buffer: Buffer): string | undefined {
  if (buffer.includes(0)) return undefined
  try {
    return decoder.decode(buffer)
  } catch {
    return undefined
  }
}
