/**
 * `tdd-prompt-lint init` and `tdd-prompt-lint new`: parse the arguments after
 * the sub-command, call the scaffolding logic, print what was written (one path
 * per line, relative to the working directory) and return the exit code: 0
 * written, 2 refused (one line on stderr, `tdd-prompt-lint: <reason>`).
 */
import path from 'node:path'
import {loadConfig} from '../config/config.js'
import {initSuite, newPair, scaffoldConfig, type ScaffoldConfig} from '../scaffold/scaffold.js'
import {safeLine} from '../io/escape.js'
import {common, guard, parse} from './command.js'
import type {Streams} from './main.js'

export const initUsage = `Usage: tdd-prompt-lint init <folder> --package <name>

Write <folder>/prompt_00_<name>_preprompt.md with every section the
configuration requires of a preprompt, each with a one-line comment to replace.
The folder is created if missing; a folder that has a preprompt is refused.

Options:
  -p, --package NAME   package name, lower snake case (MyPackage and my-package
                       are converted)
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`

export const newUsage = `Usage: tdd-prompt-lint new <slug> [--suite <folder>] [--kind <kind>] [--at N]

Write the suite's next red/green pair, [prefix_]prompt_NN_<slug>_red.md and
[prefix_]prompt_NNb_<slug>_green.md, in the house style: the sections the
suite's prompts share, a link to the preprompt where they link it (and, in a
green that cites no test file, to its red), and a placeholder
(<!-- fill in: … -->) wherever text is to be written, which the placeholder
rule reports until it is. The pair is added to the component list of the
suite's own preprompt and to its plan. Prints the files written, then those
updated. Never overwrites a file.

Options:
  -s, --suite FOLDER   suite folder (default: the working directory)
  -k, --kind KIND      test kind the red prompt asks for: unit, integration,
                       pre-flight, end-to-end, contract or property (default:
                       unit)
      --at N           number the pair N (1-99) instead of the next number,
                       first moving N and every number above it up by one
                       when N is taken (see \`renumber --help\`)
  -c, --config FILE    configuration file (default: the first found from the
                       working directory up)
      --debug          show stack traces
  -h, --help           show this help
`

/** `tdd-prompt-lint init <folder> --package <name>`. */
export async function runInit(argv: string[], cwd: string, streams: Streams): Promise<number> {
  return guard(argv, streams, () => {
    const {values, positionals} = parse(argv, {
      ...common,
      package: {type: 'string', short: 'p'}
    })
    if (values.help) return print(streams, initUsage)
    const folder = onePositional(positionals, 'a folder', 'init <folder> --package <name>')
    if (values.package === undefined) {
      throw new Error('expected `--package <name>`: tdd-prompt-lint init <folder> --package <name>')
    }
    const result = initSuite({
      folder,
      packageName: values.package,
      cwd,
      config: configFor(cwd, values.config)
    })
    return print(streams, lines(cwd, result.written))
  })
}

/** `tdd-prompt-lint new <slug> [--suite <folder>] [--kind <kind>]`. */
export async function runNew(argv: string[], cwd: string, streams: Streams): Promise<number> {
  return guard(argv, streams, async () => {
    const {values, positionals} = parse(argv, {
      ...common,
      suite: {type: 'string', short: 's'},
      kind: {type: 'string', short: 'k'},
      at: {type: 'string'}
    })
    if (values.help) return print(streams, newUsage)
    if (values.at !== undefined) {
      const {newAt} = await import('./renumber-command.js')
      return newAt({...values, at: values.at}, positionals, cwd, streams)
    }
    const slug = onePositional(
      positionals,
      'a slug',
      'new <slug> [--suite <folder>] [--kind <kind>]'
    )
    const result = newPair({
      slug,
      suite: values.suite,
      kind: values.kind,
      cwd,
      config: configFor(cwd, values.config)
    })
    return print(streams, lines(cwd, [...result.written, ...result.updated]))
  })
}

function onePositional(positionals: string[], what: string, usage: string): string {
  const [first, second] = positionals
  if (first === undefined) throw new Error(`expected ${what}: tdd-prompt-lint ${usage}`)
  if (second !== undefined) throw new Error(`unexpected argument \`${second}\``)
  return first
}

function configFor(cwd: string, explicit: string | undefined): ScaffoldConfig {
  return scaffoldConfig(loadConfig(cwd, explicit).settings, cwd)
}

function lines(cwd: string, files: string[]): string {
  return files
    .map((file) => safeLine(path.relative(cwd, file).split(path.sep).join('/')) + '\n')
    .join('')
}

function print(streams: Streams, text: string): number {
  streams.stdout.write(text)
  return 0
}
