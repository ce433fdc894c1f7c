/**
 * The command: `main(argv, cwd, streams)` lints the suites and returns the exit
 * code — 0 clean (or warnings only, up to `--max-warnings`), 1 lint errors or too
 * many warnings, 2 the run itself failed (bad flag, configuration, path or
 * output). A failure is always one line on stderr, `tdd-prompt-lint: <reason>`,
 * with a stack trace only under `--debug`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {rules} from '../../rules/index.js'
import {loadConfig, type ResolvedConfig} from '../config.js'
import {collectFiles, describeStatError, findSuites} from '../files.js'
import {createLinter} from '../lint.js'
import {lintFiles, resolveConcurrency, threadCount} from '../parallel.js'
import {reporters} from '../reporters/index.js'
import {ruleOptions} from '../rule.js'
import {count, relativePath} from '../reporters/common.js'
import {toolVersion} from '../reporters/tool.js'
import {parseCliArgs, usage, UsageError, type CliOptions} from './args.js'

export interface Streams {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
}

/** A failure of the run itself (exit 2); its message is the one-line reason. */
class RunError extends Error {
  override name = 'RunError'
}

const prefix = 'tdd-prompt-lint: '

/** Run the command with `argv` (the arguments after the command name). */
export async function main(argv: string[], cwd: string, streams: Streams): Promise<number> {
  const debug = argv.includes('--debug')
  try {
    if (argv[0] === 'new' && argv.some((arg) => arg === '--at' || arg.startsWith('--at='))) {
      return await (await import('./renumber-command.js')).runNewAt(argv.slice(1), cwd, streams)
    }
    if (argv[0] === 'init' || argv[0] === 'new') {
      const scaffold = await import('./scaffold-commands.js')
      const run = argv[0] === 'init' ? scaffold.runInit : scaffold.runNew
      return await run(argv.slice(1), cwd, streams)
    }
    // Fixing and renumbering (issue #15): src/cli/fix-command.ts, src/cli/renumber-command.ts.
    if (argv[0] === 'renumber')
      return await (await import('./renumber-command.js')).runRenumber(argv.slice(1), cwd, streams)
    if (argv.includes('--fix') || argv.includes('--fix-dry-run'))
      return await (await import('./fix-command.js')).runFix(argv, cwd, streams, main)
    return await lint(parseCliArgs(argv), cwd, streams)
  } catch (error) {
    streams.stderr.write(prefix + oneLine(error) + '\n')
    if (debug && error instanceof Error && error.stack) streams.stderr.write(error.stack + '\n')
    return 2
  }
}

async function lint(options: CliOptions, cwd: string, streams: Streams): Promise<number> {
  if (options.help) {
    streams.stdout.write(usage)
    return 0
  }
  if (options.version) {
    streams.stdout.write(toolVersion + '\n')
    return 0
  }
  const started = Date.now()
  const config = loadConfig(cwd, options.config)
  const configShown = config.file ? relativePath(cwd, config.file) : undefined
  let linter
  try {
    linter = createLinter(config.settings, cwd)
  } catch (error) {
    throw new RunError(`${configShown ?? 'configuration'}: ${oneLine(error)}`, {cause: error})
  }

  if (options.printConfig !== undefined) {
    streams.stdout.write(
      JSON.stringify(printableConfig(options.printConfig, config, cwd), null, 2) + '\n'
    )
    return 0
  }

  const {files, problems} = await collectFiles(options.paths, {
    cwd,
    config,
    ignorePath: options.ignorePath
  })
  for (const problem of problems) {
    streams.stderr.write(`${prefix}${problem.path}: ${problem.reason}\n`)
  }
  if (options.paths.length === 0 && files.length === 0) {
    const suites = await findSuites(cwd, config.suites)
    if (suites.length === 0) {
      throw new RunError(
        `no suite folder found (suite patterns: ${config.suites.map((pattern) => `\`${pattern}\``).join(', ')}); give paths or set \`suites\` in the configuration`
      )
    }
  }

  // A file whose linting throws fails the run with one line naming it (`LintFileError`).
  const concurrency = resolveConcurrency(options.concurrency, files.length)
  const results: VFile[] = await lintFiles(files, config.settings, cwd, {concurrency, linter})
  if (options.quiet) {
    for (const result of results) {
      result.messages = result.messages.filter((message) => message.fatal === true)
    }
  }

  const color =
    !options.output &&
    streams.stdout.isTTY === true &&
    !process.env.NO_COLOR &&
    options.format === 'stylish'
  const report = reporters[options.format](results, {cwd, color})
  if (options.output) {
    const target = path.resolve(cwd, options.output)
    try {
      fs.mkdirSync(path.dirname(target), {recursive: true})
      fs.writeFileSync(target, report)
    } catch (error) {
      throw new RunError(
        `${options.output}: cannot write the report (${describeStatError(error)})`,
        {
          cause: error
        }
      )
    }
  } else if (report) {
    streams.stdout.write(report)
  }

  if (options.debug) {
    const threads = threadCount(files.length, concurrency)
    streams.stderr.write(
      `${prefix}debug: configuration ${configShown ?? '(none, defaults)'}, ${results.length} files, ${threads} ${threads === 1 ? 'thread' : 'threads'}, ${Date.now() - started} ms\n`
    )
  }

  // A path given on the command line that could not be read fails the run; a
  // problem found inside a folder fails it only when nothing could be linted.
  const given = new Set(options.paths)
  if (problems.some((problem) => given.has(problem.path))) return 2
  if (problems.length > 0 && results.length === 0) return 2
  const {errors, warnings} = count(results)
  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    streams.stderr.write(
      `${prefix}too many warnings (${warnings}, at most ${options.maxWarnings} allowed by --max-warnings)\n`
    )
    return 1
  }
  return 0
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
  const preprompt = config.settings.preprompts?.[folder]
  const ruleSettings: Record<string, [string, object]> = {}
  for (const rule of rules) {
    const setting = config.settings.rules?.[rule.meta.id] ?? 'error'
    const level = Array.isArray(setting) ? setting[0] : setting
    ruleSettings[rule.meta.id] = [levels[String(level)] ?? 'error', ruleOptions(rule, setting)]
  }
  return {
    filePath: relativePath(cwd, absolute),
    configFile: config.file ? relativePath(cwd, config.file) : null,
    suites: config.suites,
    ignore: config.ignore,
    preprompts,
    preprompt: preprompt ? relativePath(cwd, preprompt) : null,
    rules: ruleSettings
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]?.trim() || 'unknown error'
}

export {UsageError}
