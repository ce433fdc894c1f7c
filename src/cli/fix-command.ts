/**
 * `tdd-prompt-lint --fix [options] [paths...]` and `--fix-dry-run`: lint, plan
 * the safe fixes (renames with every reference, title numbers, phase labels,
 * broken links with one evident target), then either print the plan (dry run:
 * renames and a unified diff on stdout, nothing changed, exit 0) or apply it
 * atomically, list the changes on stderr and lint again with a fresh linter, so
 * that the report and the exit code say what is left. A conflict (two files
 * wanting one name, a name already taken) changes nothing: exit 2 and why.
 */
import type {VFile} from 'vfile'
import {loadConfig} from '../config/config.js'
import {collectFiles} from '../io/files.js'
import {applyPlan} from '../fix/apply.js'
import {formatPlan, summarize} from '../fix/diff.js'
import {isConflict, planFixes} from '../fix/plan.js'
import {createLinter, modelSettings} from '../engine/lint.js'
import {lintFiles, resolveConcurrency} from '../engine/parallel.js'
import {SuiteModel} from '../suite/model.js'
import {withCommandLineRules, type CliOptions} from './args.js'
import type {Streams} from './main.js'
import {heldSignalLine, holdSignals, signalExitCode} from './signals.js'
import {safeLine} from '../io/escape.js'

const prefix = 'tdd-prompt-lint: '

/** Run `--fix` / `--fix-dry-run` (`options.fix`); `relint` is the plain lint, run after the fixes with `fix` unset. */
export async function runFix(
  given: CliOptions,
  cwd: string,
  streams: Streams,
  relint: (options: CliOptions) => Promise<number>
): Promise<number> {
  const dryRun = given.fix === 'dry-run'
  const options: CliOptions = {...given, fix: undefined}
  // `--staged`: the suites the staged changes touch (src/cli/staged.ts), none: nothing to fix.
  const paths = options.staged ? (await import('./staged.js')).stagedTargets(cwd) : options.paths
  if (options.staged && paths.length === 0) return relint(options)
  const config = withCommandLineRules(loadConfig(cwd, options.config, paths[0]), options.rules)
  const linter = createLinter(config.settings, cwd)
  const {files, problems} = await collectFiles(paths, {
    cwd,
    config,
    ignorePath: options.ignorePath,
    gitignore: options.gitignore,
    exclude: options.exclude
  })
  if (problems.length > 0 && files.length === 0) return relint(options)
  const concurrency = resolveConcurrency(options.concurrency, files.length)
  const results: VFile[] = await lintFiles(files, config.settings, cwd, {concurrency, linter})
  const model = new SuiteModel(modelSettings(config.settings, cwd))
  const plan = planFixes(results, model, {cwd})
  if (isConflict(plan)) {
    streams.stderr.write(
      safeLine(`${prefix}cannot fix, nothing changed: ${plan.conflicts.join('; ')}`) + '\n'
    )
    return 2
  }
  if (dryRun) {
    streams.stdout.write(formatPlan(plan, cwd))
    return 0
  }
  if (plan.renames.length > 0 || plan.edits.size > 0) {
    // Signals held while the files change: all of the plan is applied, then the signal reported.
    const {signal} = await holdSignals(() => applyPlan(plan))
    streams.stderr.write(summarize(plan, cwd))
    if (signal) {
      streams.stderr.write(`${prefix}${heldSignalLine(signal)}\n`)
      return signalExitCode(signal)
    }
  }
  return relint(options)
}
