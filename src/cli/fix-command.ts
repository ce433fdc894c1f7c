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
import {parseCliArgs} from './args.js'
import type {Streams} from './main.js'

const prefix = 'tdd-prompt-lint: '

export const fixFlags = ['--fix', '--fix-dry-run']

/** Whether a command line asks for fixes. */
export function wantsFix(argv: string[]): boolean {
  return argv.some((arg) => fixFlags.includes(arg))
}

/** Run `--fix` / `--fix-dry-run`; `relint` is the plain command (`main`), run after the fixes. */
export async function runFix(
  argv: string[],
  cwd: string,
  streams: Streams,
  relint: (argv: string[], cwd: string, streams: Streams) => Promise<number>
): Promise<number> {
  const dryRun = argv.includes('--fix-dry-run')
  const rest = argv.filter((arg) => !fixFlags.includes(arg))
  const options = parseCliArgs(rest)
  if (options.help || options.version || options.printConfig !== undefined) {
    return relint(rest, cwd, streams)
  }
  const config = loadConfig(cwd, options.config)
  const linter = createLinter(config.settings, cwd)
  const {files, problems} = await collectFiles(options.paths, {
    cwd,
    config,
    ignorePath: options.ignorePath
  })
  if (problems.length > 0 && files.length === 0) return relint(rest, cwd, streams)
  const concurrency = resolveConcurrency(options.concurrency, files.length)
  const results: VFile[] = await lintFiles(files, config.settings, cwd, {concurrency, linter})
  const model = new SuiteModel(modelSettings(config.settings, cwd))
  const plan = planFixes(results, model, {cwd})
  if (isConflict(plan)) {
    streams.stderr.write(`${prefix}cannot fix, nothing changed: ${plan.conflicts.join('; ')}\n`)
    return 2
  }
  if (dryRun) {
    streams.stdout.write(formatPlan(plan, cwd))
    return 0
  }
  if (plan.renames.length > 0 || plan.edits.size > 0) {
    applyPlan(plan)
    streams.stderr.write(summarize(plan, cwd))
  }
  return relint(rest, cwd, streams)
}
