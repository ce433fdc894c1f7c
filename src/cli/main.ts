/**
 * The command: `main(argv, cwd, streams)` lints the suites and returns the exit
 * code — 0 clean (or warnings only, up to `--max-warnings`), 1 lint errors or too
 * many warnings, 2 the run itself failed (bad flag, configuration, path or
 * output). A failure is always one line on stderr, `tdd-prompt-lint: <reason>`,
 * with a stack trace only under `--debug`; a run that ends with 2 prints no
 * success line. Every path or message from the repository that reaches stderr
 * is escaped (src/io/escape.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import type {VFile} from 'vfile'
import {rules, warnings as warningRules} from '../../rules/index.js'
import {loadConfig, settingsFor, type ResolvedConfig} from '../config/config.js'
import {cacheFile, fromCache, openCache} from '../engine/cache.js'
import {
  collectFiles,
  describeStatError,
  findSuites,
  patternProblem,
  writeOutputFile,
  type PathProblem
} from '../io/files.js'
import {safeLine} from '../io/escape.js'
import {createLinter, modelSettings, type Linter, type LintSettings} from '../engine/lint.js'
import {SuiteModel} from '../suite/model.js'
import {describeScheme, kinds} from '../suite/names.js'
import {lintFiles, resolveConcurrency, threadCount} from '../engine/parallel.js'
import {reporters} from '../reporters/index.js'
import {ruleOptions} from '../engine/rule.js'
import {count, relativePath} from '../reporters/common.js'
import {toolVersion} from '../reporters/tool.js'
import {parseCliArgs, usage, UsageError, withCommandLineRules, type CliOptions} from './args.js'
import {lintStdin, readStdin} from './stdin.js'

export interface Streams {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  /** Read by `--stdin` only (default: `process.stdin`). */
  stdin?: AsyncIterable<Buffer | string>
}

/** What the run reads of its surroundings besides the streams; tests pass their own. */
export interface RunContext {
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`); default: `process.env`. */
  env?: Record<string, string | undefined>
  /** Milliseconds, for the progress line's 2 s; default: `Date.now`. */
  now?: () => number
}

/** A run that takes longer than this shows a progress line (on a terminal's stderr). */
export const progressAfterMs = 2000

/** A failure of the run itself (exit 2); its message is the one-line reason. */
class RunError extends Error {
  override name = 'RunError'
}

const prefix = 'tdd-prompt-lint: '

/** A subcommand: the arguments after its name in, the exit code out; it parses its own flags. */
export type Command = (
  argv: string[],
  cwd: string,
  streams: Streams,
  context: RunContext
) => Promise<number>

/**
 * The subcommands by their first word (git's and npm's way); any other first
 * word is a path or a flag of `lint`, the default command. Each is loaded when run.
 */
const commands: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./scaffold-commands.js')).runInit,
  new: async () => (await import('./scaffold-commands.js')).runNew,
  renumber: async () => (await import('./renumber-command.js')).runRenumber,
  map: async () => (await import('./map-command.js')).runMap,
  trace: async () => (await import('./trace-command.js')).runTrace
}

/** Run the command with `argv` (the arguments after the command name). */
export async function main(
  argv: string[],
  cwd: string,
  streams: Streams,
  context: RunContext = {}
): Promise<number> {
  const [first = ''] = argv
  const command = Object.hasOwn(commands, first) ? await commands[first]!() : undefined
  if (command) return command(argv.slice(1), cwd, streams, context)
  return runLint(argv, cwd, streams, context)
}

/** `tdd-prompt-lint [options] [paths...]`: lint, or with `--fix` / `--fix-dry-run` fix first. */
export async function runLint(
  argv: string[],
  cwd: string,
  streams: Streams,
  context: RunContext = {}
): Promise<number> {
  let options: CliOptions | undefined
  try {
    options = parseCliArgs(argv)
    if (options.fix && !options.help && !options.version && options.printConfig === undefined) {
      const relint = (again: CliOptions) => lint(again, cwd, streams, context)
      return await (await import('./fix-command.js')).runFix(options, cwd, streams, relint)
    }
    return await lint(options, cwd, streams, context)
  } catch (error) {
    streams.stderr.write(safeLine(prefix + oneLine(error)) + '\n')
    if (options?.debug && error instanceof Error && error.stack) {
      streams.stderr.write(error.stack.split('\n').map(safeLine).join('\n') + '\n')
    }
    return 2
  }
}

async function lint(
  options: CliOptions,
  cwd: string,
  streams: Streams,
  context: RunContext
): Promise<number> {
  if (options.help) {
    streams.stdout.write(usage)
    return 0
  }
  if (options.version) {
    streams.stdout.write(toolVersion + '\n')
    return 0
  }
  const started = Date.now()
  // The configuration of what is linted, also from a folder outside its repository.
  const near = options.printConfig ?? options.stdinFilename ?? options.paths[0]
  const config = withCommandLineRules(loadConfig(cwd, options.config, near), options.rules)
  const configShown = config.file ? relativePath(cwd, config.file) : undefined
  // `--cache`: each linted file keeps what its findings depend on outside it.
  const runSettings = {
    ...(options.cache ? {record: true} : {}),
    // `--no-gitignore`: what git ignores counts in the suites' scopes too, as in discovery.
    ...(options.gitignore === false ? {gitignore: false} : {})
  }
  const baseSettings: LintSettings = {...config.settings, ...runSettings}
  let linter
  try {
    linter = createLinter(baseSettings, cwd)
  } catch (error) {
    throw new RunError(`${configShown ?? 'configuration'}: ${oneLine(error)}`, {cause: error})
  }

  if (options.printConfig !== undefined) {
    streams.stdout.write(
      JSON.stringify(printableConfig(options.printConfig, config, cwd), null, 2) + '\n'
    )
    return 0
  }

  const linters = new Map<string, {settings: LintSettings; linter: Linter}>([
    [JSON.stringify(config.settings.rules ?? {}), {settings: baseSettings, linter}]
  ])
  /** One linter per distinct effective rule set (`overrides`), built on first use. */
  const linterFor = (file: string) => {
    const settings = {...settingsFor(config, file), ...runSettings}
    const key = JSON.stringify(settings.rules ?? {})
    let entry = linters.get(key)
    if (!entry) {
      try {
        entry = {settings, linter: createLinter(settings, cwd)}
      } catch (error) {
        throw new RunError(`${configShown ?? 'configuration'}: ${oneLine(error)}`, {cause: error})
      }
      linters.set(key, entry)
    }
    return {key, ...entry}
  }

  let results: VFile[]
  let problems: PathProblem[] = []
  let given = new Set(options.paths)
  let threads = 1
  if (options.stdin) {
    const filePath = options.stdinFilename!
    const bytes = await readStdin(streams.stdin ?? process.stdin)
    const {linter: own} = linterFor(path.resolve(cwd, filePath))
    results = [await lintStdin(bytes, filePath, own)]
  } else {
    if (options.staged) {
      // Files given with --staged (pre-commit passes them) count as changed too.
      const {changedPaths, stagedTargets} = await import('./staged.js')
      const changed = [...changedPaths(cwd, context.env ?? process.env), ...options.paths]
      options = {...options, paths: stagedTargets(cwd, changed)}
    }
    const expanded = await expandGlobs(options.paths, cwd)
    given = new Set([...expanded.paths, ...expanded.problems.map((problem) => problem.path)])
    // Patterns that matched nothing leave no path: that is not "no paths" (every suite).
    const collected =
      (options.staged || options.paths.length > 0) && expanded.paths.length === 0
        ? {files: [], problems: []}
        : await collectFiles(expanded.paths, {
            cwd,
            config,
            ignorePath: options.ignorePath,
            gitignore: options.gitignore,
            exclude: options.exclude
          })
    const files = collected.files
    problems = [...expanded.problems, ...collected.problems]
    for (const problem of problems) {
      streams.stderr.write(safeLine(`${prefix}${problem.path}: ${problem.reason}`) + '\n')
    }
    if (!options.staged && options.paths.length === 0 && files.length === 0) {
      const suites = await findSuites(cwd, config.suites)
      if (suites.length === 0) {
        const where =
          config.suites.length === 0
            ? 'no prompt file in this folder or below'
            : `suite patterns: ${config.suites.map((pattern) => `\`${pattern}\``).join(', ')}`
        throw new RunError(
          `no suite folder found (${where}); give paths or set \`suites\` in the configuration`
        )
      }
    }

    // `--cache`: the last run's findings of each file whose inputs did not change.
    const cache = options.cache ? openRunCache(options, config, files, linter, cwd) : undefined
    // The other files grouped by the settings that apply to them (`overrides`), one
    // linter per group; the report keeps the sorted order. A file whose linting throws
    // fails the run with one line naming it (`LintFileError`).
    const {found, groups, todo} = fromCache(files, cache, linterFor)
    results = found as VFile[]
    const concurrency = resolveConcurrency(options.concurrency, todo)
    threads = threadCount(todo, concurrency)
    const progress = progressLine(streams.stderr, todo, context.now ?? Date.now)
    try {
      for (const group of groups.values()) {
        const linted = await lintFiles(
          group.at.map((index) => files[index]!),
          group.settings,
          cwd,
          {concurrency, linter: group.linter, onProgress: progress.advance}
        )
        linted.forEach((result, offset) => {
          results[group.at[offset]!] = result
        })
      }
    } finally {
      progress.clear()
    }
    if (cache) {
      try {
        cache.store(results)
      } catch (error) {
        streams.stderr.write(
          safeLine(`${prefix}cannot write the cache (${describeStatError(error)})`) + '\n'
        )
      }
    }
  }
  let hiddenWarnings = 0
  if (options.quiet) {
    for (const result of results) {
      const kept = result.messages.filter((message) => message.fatal === true)
      hiddenWarnings += result.messages.length - kept.length
      result.messages = kept
    }
  }

  // The exit code is known before the report is written: a run that fails (2)
  // prints no success line (`stylish` with no findings) and no empty report (nothing
  // linted); a JSON or SARIF report of what could be linted is still written.
  // A path given on the command line that could not be read fails the run; a
  // problem found inside a folder fails it only when nothing could be linted.
  const {errors, warnings} = count(results)
  const failed =
    problems.some((problem) => given.has(problem.path)) ||
    (problems.length > 0 && results.length === 0)
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings
  const code = failed ? 2 : errors > 0 || tooManyWarnings ? 1 : 0

  const silent =
    code === 2 &&
    (results.length === 0 || (options.format === 'stylish' && errors + warnings === 0))
  if (!silent) {
    const color =
      options.format === 'stylish' && useColor(options, streams, context.env ?? process.env)
    const report = reporters[options.format](results, {cwd, color, hiddenWarnings})
    if (options.output) {
      try {
        writeOutputFile(cwd, options.output, report)
      } catch (error) {
        throw new RunError(
          `${options.output}: cannot write the report (${describeStatError(error)})`,
          {cause: error}
        )
      }
    } else if (report) {
      streams.stdout.write(report)
    }
  }

  if (options.debug) {
    streams.stderr.write(
      safeLine(
        `${prefix}debug: configuration ${configShown ?? '(none, defaults)'}, ${results.length} files, ${threads} ${threads === 1 ? 'thread' : 'threads'}, ${(context.now ?? Date.now)() - started} ms`
      ) + '\n'
    )
  }
  if (code !== 2 && errors === 0 && tooManyWarnings) {
    streams.stderr.write(
      `${prefix}too many warnings (${warnings}, at most ${options.maxWarnings} allowed by --max-warnings)\n`
    )
  }
  return code
}

/**
 * Colour for `stylish`: `--no-color` / `--color` first, then `FORCE_COLOR` (`0`
 * or `false`: off, anything else: on), then `NO_COLOR` (set and not empty: off),
 * else only when standard output is a terminal and the report is not written to
 * a file.
 */
export function useColor(
  options: Pick<CliOptions, 'color' | 'output'>,
  streams: Pick<Streams, 'stdout'>,
  env: Record<string, string | undefined>
): boolean {
  if (options.color !== undefined) return options.color
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR) return false
  return !options.output && streams.stdout.isTTY === true
}

/**
 * A progress line on stderr, `tdd-prompt-lint: 120/480 files`, rewritten in
 * place: only when stderr is a terminal and the run has taken over 2 s, at most
 * every 100 ms; `clear` erases it before the report.
 */
function progressLine(
  stderr: Streams['stderr'],
  total: number,
  now: () => number
): {advance: (done: number) => void; clear: () => void} {
  const started = now()
  let done = 0
  let shown = false
  let last = -Infinity
  return {
    advance(count) {
      done += count
      if (stderr.isTTY !== true) return
      const time = now()
      if (time - started <= progressAfterMs || time - last < 100) return
      last = time
      shown = true
      stderr.write(`\r${prefix}${done}/${total} files\u001B[K`)
    },
    clear() {
      if (shown) stderr.write('\r\u001B[K')
    }
  }
}

/**
 * Paths with wildcards (`'orchestration/**\/*_red.md'`, quoted so that the shell
 * left them alone) expanded, sorted, relative to `cwd`; a path that exists as
 * written is kept as it is. A pattern that matches nothing, or that could match
 * slowly (`patternProblem`), is a problem for that path.
 */
async function expandGlobs(
  paths: string[],
  cwd: string
): Promise<{paths: string[]; problems: PathProblem[]}> {
  const out: string[] = []
  const problems: PathProblem[] = []
  for (const given of paths) {
    if (!isDynamicPattern(given) || exists(path.resolve(cwd, given))) {
      out.push(given)
      continue
    }
    const unsafe = patternProblem(given)
    if (unsafe) {
      problems.push({path: given, reason: `the pattern ${unsafe}`})
      continue
    }
    const found = await glob(given, {
      cwd,
      ignore: ['**/node_modules/**', '**/.git/**'],
      followSymbolicLinks: false,
      onlyFiles: false,
      expandDirectories: false,
      dot: false
    })
    if (found.length === 0) problems.push({path: given, reason: 'no file matches the pattern'})
    out.push(...found.map((file) => file.replace(/\/$/, '')).sort())
  }
  return {paths: out, problems}
}

function exists(file: string): boolean {
  try {
    fs.lstatSync(file)
    return true
  } catch {
    return false
  }
}

const levels: Record<string, 'off' | 'warn' | 'error'> = {
  0: 'off',
  1: 'warn',
  2: 'error',
  off: 'off',
  warn: 'warn',
  error: 'error'
}

/** What `--print-config FILE` shows: the configuration that applies to FILE, every rule with its complete options. */
function printableConfig(file: string, config: ResolvedConfig, cwd: string) {
  const absolute = path.resolve(cwd, file)
  const folder = path.dirname(absolute)
  const preprompts: Record<string, string> = {}
  for (const [dir, target] of Object.entries(config.settings.preprompts ?? {})) {
    preprompts[relativePath(cwd, dir)] = relativePath(cwd, target)
  }
  const settings = settingsFor(config, absolute)
  const model = new SuiteModel(modelSettings(settings, cwd))
  const preprompt = model.preprompt(folder)
  const ruleSettings: Record<string, [string, object]> = {}
  for (const rule of rules) {
    const setting =
      settings.rules?.[rule.meta.id] ?? (warningRules.has(rule.meta.id) ? 'warn' : 'error')
    const level = Array.isArray(setting) ? setting[0] : setting
    ruleSettings[rule.meta.id] = [levels[String(level)] ?? 'error', ruleOptions(rule, setting)]
  }
  return {
    filePath: relativePath(cwd, absolute),
    configFile: config.file ? relativePath(cwd, config.file) : null,
    suites: config.suites,
    ignore: config.ignore,
    preprompts,
    preprompt: preprompt ? relativePath(cwd, preprompt.file) : null,
    style: styleInForce(model, folder, settings, cwd),
    rules: ruleSettings
  }
}

/**
 * The house style in force for a folder: the settings, its repository, and for
 * each kind the scope that decides it and the parts expected of every prompt,
 * with their counts.
 */
function styleInForce(model: SuiteModel, folder: string, settings: LintSettings, cwd: string) {
  const shown = (dir: string) => path.relative(cwd, dir).split(path.sep).join('/') || '.'
  const expected: Record<string, {scope: string; prompts: number; parts: Record<string, string>}> =
    {}
  for (const kind of kinds) {
    const parts: Record<string, string> = {}
    for (const [part, evidence] of model.expected(folder, kind)) {
      const name = part.startsWith('section:') ? evidence.display : evidence.display || part
      parts[name] = `${evidence.count} of ${evidence.total}`
    }
    // The narrowest scope with enough prompts of the kind decides its parts.
    const scope = model.styleScope(folder, kind)
    expected[kind] = {scope: shown(scope), prompts: model.style(scope)[kind].total, parts}
  }
  return {
    infer: settings.style?.infer ?? true,
    threshold: settings.style?.threshold ?? 0.8,
    minimum: settings.style?.minimum ?? 5,
    scope: shown(model.root(folder)),
    names: describeScheme(model.names(folder)),
    expected
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]?.trim() || 'unknown error'
}

export {UsageError}

/** The cache of a run (`--cache`): the state of the repositories of the files it lints. */
function openRunCache(
  options: CliOptions,
  config: ResolvedConfig,
  files: readonly string[],
  linter: Linter,
  cwd: string
) {
  const roots = files.map((file) => linter.model.root(path.dirname(file)))
  return openCache({
    file: cacheFile(cwd, options.cacheLocation),
    cwd,
    roots,
    inputs: JSON.stringify([toolVersion, config, options.rules, options.exclude]),
    leaveOut: options.output ? [path.resolve(cwd, options.output)] : []
  })
}
