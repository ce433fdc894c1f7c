/**
 * `tdd-prompt-lint trace [paths]`: print the requirements traceability matrix
 * of each folder given (default: the working directory) — every requirement
 * its requirement documents define, with the prompts that cite it, uncovered
 * ones first. Exit 0 when printed (coverage is `requirement-coverage`'s
 * finding, not this command's), 2 when the run fails (one line on stderr).
 */
import fs from 'node:fs'
import path from 'node:path'
import {loadConfig} from '../config/config.js'
import {describeStatError, requirementWords} from '../io/files.js'
import {SuiteModel} from '../suite/model.js'
import {formatTrace, formatTraceMarkdown, traceMatrix, type TraceRow} from '../suite/trace.js'
import {escapeControls, safeLine} from '../io/escape.js'
import {failed, parse} from './command.js'
import type {Streams} from './main.js'

export const traceUsage = `Usage: tdd-prompt-lint trace [options] [folders...]

Print the requirements traceability matrix of each folder (default: the
current one): every requirement its requirement documents define (markdown
files whose name contains \`requirement\`, or the words of
\`requirement-coverage\`'s \`documents\` option), with the prompts that cite
it. Uncovered "shall"/"must" requirements come first; IDs that prompts cite
and no document defines come last.

Options:
  -f, --format NAME    text (default), markdown or json
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`

const formats = ['text', 'markdown', 'json'] as const
type Format = (typeof formats)[number]

const traceOptions = {
  format: {type: 'string', short: 'f'},
  config: {type: 'string', short: 'c'},
  debug: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const

/** Run `trace` with the arguments after the sub-command; returns the exit code. */
export async function runTrace(argv: string[], cwd: string, streams: Streams): Promise<number> {
  try {
    const {values, positionals} = parse(argv, traceOptions)
    if (values.help) {
      streams.stdout.write(traceUsage)
      return 0
    }
    const format = (values.format ?? 'text') as Format
    if (!formats.includes(format)) {
      throw new Error(
        `unknown format \`${values.format}\` for \`--format\`, expected one of ${formats.map((each) => `\`${each}\``).join(', ')}`
      )
    }
    const report = traceReport(positionals, cwd, format, values.config)
    // Every printed line escaped as findings are: no requirement text can start a workflow command.
    streams.stdout.write(format === 'json' ? report : report.split('\n').map(safeLine).join('\n'))
    return 0
  } catch (error) {
    return failed(argv, streams, error)
  }
}

/** The report of `trace` for the given folders. Throws for a folder that cannot be read. */
export function traceReport(
  paths: string[],
  cwd: string,
  format: Format = 'text',
  configFile?: string
): string {
  const config = loadConfig(cwd, configFile, paths[0])
  const model = new SuiteModel({
    root: path.resolve(cwd),
    ignore: config.settings.ignore ?? [],
    ignoreBase: config.settings.ignoreBase ?? path.resolve(cwd)
  })
  const words = requirementWords(config.settings)
  const folders = (paths.length > 0 ? paths : ['.']).map((given) => {
    const absolute = path.resolve(cwd, given)
    let stat: fs.Stats
    try {
      stat = fs.statSync(absolute)
    } catch (error) {
      throw new Error(`${given}: ${describeStatError(error)}`, {cause: error})
    }
    return {given, root: stat.isDirectory() ? absolute : path.dirname(absolute)}
  })
  const matrices = folders.map(({given, root}) => ({given, rows: traceMatrix(model, root, words)}))
  if (format === 'json') {
    return (
      JSON.stringify(
        matrices.map(({given, rows}) => ({path: given, rows: toJson(rows, cwd)})),
        null,
        2
      ) + '\n'
    )
  }
  const render = format === 'markdown' ? formatTraceMarkdown : formatTrace
  if (matrices.length === 1) return render(matrices[0]!.rows, cwd) || 'No requirement documents.\n'
  return matrices
    .map(
      ({given, rows}) =>
        `${format === 'markdown' ? '## ' : '# '}${escapeControls(given)}\n\n${render(rows, cwd) || 'No requirement documents.\n'}`
    )
    .join('\n')
}

function toJson(rows: TraceRow[], cwd: string) {
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/')
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    document: row.definition ? shown(row.definition.document) : null,
    line: row.definition?.line ?? null,
    text: row.definition?.text ?? null,
    keyword: row.definition?.keyword?.toLowerCase() ?? null,
    prompts: row.prompts.map(shown),
    citations: row.citations.map((each) => ({
      file: shown(each.file),
      line: each.line,
      column: each.column
    }))
  }))
}
