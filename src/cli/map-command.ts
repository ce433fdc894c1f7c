/**
 * `tdd-prompt-lint map [options] [paths...]`: lint the suites under the paths
 * (default: the configured suites, else the working folder) and draw each one
 * (src/map/): Mermaid by default, a self-contained HTML page with
 * `--format html`. Exit 0 when drawn (findings are marked, not failed on), 2
 * when the run fails (one line on stderr).
 */
import path from 'node:path'
import {loadConfig} from '../config/config.js'
import {createLinter} from '../engine/lint.js'
import {lintFiles, resolveConcurrency} from '../engine/parallel.js'
import {collectFiles, requirementWords} from '../io/files.js'
import {html} from '../map/html.js'
import {mermaid, suiteMaps} from '../map/map.js'
import {traceInScope} from '../suite/scoped-trace.js'
import {failed, parse} from './command.js'
import type {Streams} from './main.js'

export const mapUsage = `Usage: tdd-prompt-lint map [options] [paths...]

Draw each suite under the paths (default: the configured suites, else the
current folder): its preprompt, its steps in order (red → green), foundation
prompts, its plans and their stale entries, and the requirements each step
cites. What has a finding is marked. At most 20 suites, 40 steps and 30
requirements a suite are drawn; the rest is counted.

Options:
  -f, --format NAME    mermaid (default) or html (a self-contained page)
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
  -h, --help           show this help
`

const formats = ['mermaid', 'html'] as const

/** Run `map` with the arguments after the sub-command; returns the exit code. */
export async function runMap(argv: string[], cwd: string, streams: Streams): Promise<number> {
  try {
    const parsed = parse(argv, {
      format: {type: 'string', short: 'f'},
      config: {type: 'string', short: 'c'},
      help: {type: 'boolean', short: 'h'}
    })
    const {values, positionals} = parsed
    if (values.help) {
      streams.stdout.write(mapUsage)
      return 0
    }
    const format = values.format ?? 'mermaid'
    if (!(formats as readonly string[]).includes(format)) {
      throw new Error(
        `unknown format \`${format}\` for \`--format\`, expected one of ${formats.map((each) => `\`${each}\``).join(', ')}`
      )
    }
    const maps = await mapOf(positionals, cwd, values.config)
    streams.stdout.write(format === 'html' ? html(maps) : mermaid(maps))
    return 0
  } catch (error) {
    return failed(argv, streams, error)
  }
}

/** Lint the suites under the paths with one suite model, and build their maps. */
async function mapOf(paths: string[], cwd: string, configFile: string | undefined) {
  const config = loadConfig(cwd, configFile, paths[0])
  const {files, problems} = await collectFiles(paths, {cwd, config})
  if (files.length === 0 && problems.length > 0) {
    throw new Error(`${problems[0]!.path}: ${problems[0]!.reason}`)
  }
  const linter = createLinter(config.settings, cwd)
  const results = await lintFiles(files, config.settings, cwd, {
    concurrency: resolveConcurrency('auto', files.length),
    linter
  })
  const flagged = new Set(
    results
      .filter((file) => file.messages.length > 0)
      .map((file) => path.resolve(file.cwd, file.path))
  )
  const suites = [...new Set(files.map((file) => path.dirname(path.resolve(cwd, file))))].sort()
  const trace = traceInScope(linter.model, suites, requirementWords(config.settings))
  return suiteMaps({model: linter.model, suites, cwd, flagged, trace})
}
