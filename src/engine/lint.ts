/**
 * The engine the CLI and the Action share: one frozen processor per run (the
 * configuration resolved once), each file read and parsed once, its tree dropped
 * as soon as the rules have run.
 *
 * Input is bounded (see `Limits`): a file that is not a regular file, too large,
 * nested too deeply or too slow to parse (micromark is quadratic on some input)
 * gets one finding instead of a crash or a hang.
 */
import path from 'node:path'
import vm from 'node:vm'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {readRegularFile, decodeText} from '../io/files.js'
import {realpath, type RealPaths} from '../suite/fs.js'
import {SuiteModel, type ModelSettings, type StyleSettings} from '../suite/model.js'
import {recorder, type Dependency} from './record.js'
import {source, useModel} from './rule.js'

import {lintPlugins, type RuleSetting} from './plugins.js'
export type {Level, RuleSetting} from './plugins.js'

export interface LintSettings {
  /** Rule id → severity, or severity and options. Rules not named run as errors with defaults. */
  rules?: Record<string, RuleSetting>
  /** Folder → preprompt, absolute or relative to `cwd`; passed to every rule with a `preprompts` option. */
  preprompts?: Record<string, string>
  /** House styles computed already (by the main thread, for the workers): scope root → style. */
  styles?: ModelSettings['styles']
  /** How the house style is inferred (default: on, 80%, at least 5 prompts of a kind). */
  style?: StyleSettings
  /** gitignore patterns relative to `ignoreBase`: left out of the suites' scope. */
  ignore?: string[]
  ignoreBase?: string
  /** Bounds on one file (defaults: `defaultLimits`). */
  limits?: Partial<Limits>
  /** Leave out of every scope what `.gitignore` files exclude (default true; `--no-gitignore`: false). */
  gitignore?: boolean
  /** Keep with each linted file what its findings depend on outside it (`dependenciesOf`): for `--cache`. */
  record?: boolean
}

/** What the engine accepts of one file; beyond these, one finding and no check. */
export interface Limits {
  /** Largest file read, in bytes. */
  maxBytes: number
  /** Deepest markdown tree checked, in levels below the root. */
  maxDepth: number
  /** Longest that parsing and checking one file may take, in milliseconds. */
  timeout: number
  /** Most findings reported for one file; the rest are counted in one more finding. */
  maxFindings: number
  /** Most lines checked in one file (a markdown tree of 100,000 headings outgrows a 512 MB heap). */
  maxLines: number
}

export const defaultLimits: Limits = {
  maxBytes: 1024 * 1024,
  maxDepth: 200,
  timeout: 10_000,
  maxFindings: 500,
  maxLines: 50_000
}

/** The findings the engine itself gives, not a rule: id → what it means. */
export const engineFindings: Record<string, string> = {
  unreadable: 'The file could not be read.',
  encoding: 'The file is not UTF-8 text.',
  'too-large': 'The file is larger than the linter reads (1 MiB).',
  'too-complex':
    'The markdown is nested too deeply, has too many lines or takes too long to parse.',
  'too-many-findings': 'The file has more findings than one report shows for a file (500).'
}

export interface Linter {
  /** Lint one file; read problems become a finding on that file, never an exception. */
  lint(filePath: string): Promise<VFile>
  /**
   * Lint files in order, as `lint` does each: the linted files. `started(index)` is
   * called before each file is checked. A file whose linting throws (a bug, not a
   * finding) is named by the `LintManyError` thrown.
   */
  lintMany(filePaths: readonly string[], started?: (index: number) => void): VFile[]
  /** Lint a text as the file at `filePath` (standard input, an editor's buffer): the same bounds and rules. */
  lintText(text: string, filePath: string): Promise<VFile>
  /** The run's suite model. */
  model: SuiteModel
}

/** The suite model's settings for a run with these lint settings (paths resolved against `cwd`). */
export function modelSettings(settings: LintSettings, cwd: string): ModelSettings {
  return {
    root: path.resolve(cwd),
    preprompts: Object.fromEntries(
      Object.entries(settings.preprompts ?? {}).map(([folder, file]) => [
        path.resolve(cwd, folder),
        path.resolve(cwd, file)
      ])
    ),
    ignore: settings.ignore ?? [],
    ignoreBase: settings.ignoreBase ?? path.resolve(cwd),
    style: settings.style ?? {},
    ...(settings.gitignore === false ? {gitignore: false} : {}),
    ...(settings.styles ? {styles: settings.styles} : {})
  }
}

/** Build the processor once for a run. Throws for an unknown rule or bad options. */
export function createLinter(settings: LintSettings, cwd: string): Linter {
  const plugins = lintPlugins(settings.rules)
  const root = realpath(cwd) ?? path.resolve(cwd)
  const model = modelSettings(settings, cwd)
  // One processor, so one suite model, per run.
  const processor = unified().data('tddPromptLint', model).use(remarkParse).use(plugins)
  const suite = new SuiteModel(model)
  const watch = settings.record ? recorder(suite) : undefined
  useModel(processor as unknown as Processor, watch?.model ?? suite)
  processor.freeze()
  const limits = {...defaultLimits, ...settings.limits}

  return {
    model: suite,
    async lint(filePath) {
      return unwrapped(() => checkAll([read(filePath)])[0]!)
    },
    lintMany(filePaths, started) {
      const results: VFile[] = []
      for (let at = 0; at < filePaths.length; at += maxBatch) {
        // Read and made ready outside the time bound (as `lint` does), a batch at a time.
        const batch = filePaths.slice(at, at + maxBatch).map((each, offset) => {
          try {
            return read(each)
          } catch (error) {
            throw new LintManyError(at + offset, error)
          }
        })
        try {
          results.push(...checkAll(batch, (index) => started?.(at + index)))
        } catch (error) {
          if (error instanceof LintManyError) throw new LintManyError(at + error.index, error.cause)
          throw error
        }
      }
      return results
    },
    async lintText(text, filePath) {
      const file = new VFile({path: path.resolve(cwd, filePath), cwd})
      return unwrapped(() => checkAll([ready(file, text)])[0]!)
    }
  }

  /** A file read and made ready to check, or its one finding when it cannot be read. */
  function read(filePath: string): Ready | VFile {
    const file = new VFile({path: path.resolve(cwd, filePath), cwd})
    // Synchronous on purpose: an async read per file makes the main thread wait on
    // the thread pool several times per file, which costs more than the read itself
    // (see BENCHMARK.md).
    const buffer = readRegularFile(file.path, limits.maxBytes)
    if (!Buffer.isBuffer(buffer)) {
      if (buffer.kind === 'unreadable') {
        return fail(file, 'unreadable', `Cannot read file: ${buffer.reason}`)
      }
      const size = buffer.size ?? 0
      return fail(
        file,
        'too-large',
        `Unexpected file size ${(size / 1024 / 1024).toFixed(1)} MiB (${size} bytes), expected at most ${limits.maxBytes / 1024 / 1024} MiB: the file was not read`
      )
    }
    if (leaves(file.path, cwd, root, suite.realPaths)) {
      // A pull request can add a link named like a prompt; what it points at outside
      // the working folder (a checkout's credentials, say) is none of our business.
      return fail(
        file,
        'unreadable',
        'Cannot read file: a symbolic link that leads outside the working folder'
      )
    }
    const text = decodeText(buffer)
    if (text === undefined) {
      return fail(
        file,
        'encoding',
        'Unexpected binary or invalid UTF-8 content, expected UTF-8 text'
      )
    }
    return ready(file, text)
  }

  /** A file's text within the bounds that need no parsing, its house style worked out: ready to check. */
  function ready(file: VFile, text: string): Ready | VFile {
    const lines = lineCount(text, limits.maxLines)
    if (lines > limits.maxLines) {
      return fail(
        file,
        'too-complex',
        `Unexpected markdown of more than ${limits.maxLines} lines, expected a prompt a person reads: the file was not checked`
      )
    }
    // The house style of the file's scope is worked out once per run, from the
    // prompts of its kind in it: outside the time bound of the file that happens
    // to need it first, which is for that file's own markdown.
    suite.prepareStyle(file.path)
    return {file, text}
  }

  /**
   * Parse and check files within the bounds (nesting, time, findings). Each file
   * has `limits.timeout` of its own: files share one time bound (starting a
   * watchdog thread per file costs more than checking a small file) only as long
   * as they start within `slack` of it, so the last of them still has all but
   * `slack` of the bound.
   */
  function checkAll(items: Array<Ready | VFile>, started?: (index: number) => void): VFile[] {
    const results = items.map((item) => (item instanceof VFile ? item : item.file))
    const depths: Array<number | undefined> = []
    let at = 0
    const skip = () => {
      while (at < items.length && items[at] instanceof VFile) at++
    }
    for (skip(); at < items.length; skip()) {
      const first = at
      try {
        const began = performance.now()
        bounded(() => {
          for (; at < items.length; at++, skip()) {
            if (at > first && performance.now() - began > slack) return
            const {file, text} = items[at] as Ready
            started?.(at)
            watch?.begin()
            file.value = text
            const tree = processor.parse(file)
            const found = depthOf(tree)
            if (found > limits.maxDepth) depths[at] = found
            else processor.runSync(tree, file)
            if (watch) dependencies.set(file, watch.end())
          }
        }, limits.timeout)
      } catch (error) {
        const file = results[at]!
        file.messages = []
        file.value = ''
        if (!isTimeout(error) && !(error instanceof RangeError)) {
          throw new LintManyError(at, error)
        }
        const reason = isTimeout(error)
          ? `Unexpected markdown that takes longer than ${limits.timeout / 1000} s to check, expected simpler markdown: the file was not checked`
          : 'Unexpected markdown nested too deeply to parse, expected less nesting: the file was not checked'
        fail(file, 'too-complex', reason)
        if (watch) dependencies.set(file, watch.end())
        items[at] = file
      }
    }
    return results.map((file, index) => {
      if (!(items[index] instanceof VFile)) file.value = ''
      const depth = depths[index]
      if (depth !== undefined) {
        file.messages = []
        return fail(
          file,
          'too-complex',
          `Unexpected markdown nested ${depth} levels deep, expected at most ${limits.maxDepth}: the file was not checked`
        )
      }
      return items[index] instanceof VFile ? file : capped(file, limits.maxFindings)
    })
  }
}

/** What `run` returns, or the error a rule threw as it was (not as a `LintManyError`). */
function unwrapped<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    throw error instanceof LintManyError ? error.cause : error
  }
}

/** Linting the file at `index` of a `lintMany` call threw: a bug, not a finding. */
export class LintManyError extends Error {
  override name = 'LintManyError'
  readonly index: number

  constructor(index: number, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), {cause})
    this.index = index
  }
}

/** A file read and within the bounds that need no parsing. */
interface Ready {
  file: VFile
  text: string
}

/** Files read ahead of their time bound, at most. */
const maxBatch = 32
/** A file starts within the time bound of the files before it only this long (ms) after the bound started. */
const slack = 50

const dependencies = new WeakMap<VFile, Dependency[]>()

/** What a file's findings depend on outside its own text, when its linter recorded it (`record`). */
export function dependenciesOf(file: VFile): Dependency[] | undefined {
  return dependencies.get(file)
}

/** Keep what a file's findings depend on with it (a file rebuilt from another thread). */
export function setDependencies(file: VFile, found: Dependency[]): void {
  dependencies.set(file, found)
}

/** Lines in a text, counted up to one past `max`. */
function lineCount(text: string, max: number): number {
  let count = 1
  for (let at = text.indexOf('\n'); at !== -1 && count <= max; at = text.indexOf('\n', at + 1))
    count++
  return count
}

/** At most `max` findings of a file, and one more that counts the rest: a report stays readable and bounded. */
function capped(file: VFile, max: number): VFile {
  const extra = file.messages.length - max
  if (extra <= 0) return file
  const last = file.messages[max - 1]
  file.messages.length = max
  const message = file.message(
    `Unexpected ${extra} more findings in this file, expected at most ${max}: fix these first`,
    {place: last?.place ?? {line: 1, column: 1}, ruleId: 'too-many-findings', source}
  )
  message.fatal = last?.fatal ?? true
  return file
}

const context = vm.createContext({})
const call = new vm.Script('run()')

/**
 * Run synchronous code with a time bound: V8 stops it when the time is up (the
 * `vm` module's watchdog interrupts whatever runs inside, in any realm), and the
 * call throws `ERR_SCRIPT_EXECUTION_TIMEOUT`.
 */
function bounded<T>(run: () => T, timeout: number): T {
  context.run = run
  try {
    return call.runInContext(context, {timeout}) as T
  } finally {
    context.run = undefined
  }
}

function isTimeout(error: unknown): boolean {
  return (error as {code?: unknown})?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT'
}

/** Levels below the root of the deepest node, counted without recursion (a deep tree is the point). */
function depthOf(tree: Root): number {
  let deepest = 0
  const stack: Array<[node: {children?: unknown[]}, depth: number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    for (const child of node.children ?? [])
      stack.push([child as {children?: unknown[]}, depth + 1])
  }
  return deepest
}

/** Whether a file inside `cwd` is a link whose real path lies outside the working folder's real path. */
function leaves(file: string, cwd: string, root: string, realPaths: RealPaths): boolean {
  const given = path.relative(cwd, file)
  if (given.startsWith('..') || path.isAbsolute(given)) return false
  const real = realPaths.of(path.resolve(cwd, file))
  if (real === undefined) return false
  const inside = path.relative(root, real)
  return inside.startsWith('..') || path.isAbsolute(inside)
}

function fail(file: VFile, ruleId: string, reason: string): VFile {
  const message = file.message(reason, {place: {line: 1, column: 1}, ruleId, source})
  message.fatal = true
  return file
}
